package io.apimigrate.rules.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Inputs of {@code tools/bench/fix_vs_astgrep.sh}: the synthetic rules as ast-grep rule files, and a
 * corpus of Python files seeded with statements those rules match.
 *
 * <pre>
 * rules N DIR                write the first N synthetic rules to DIR, one ast-grep YAML file each
 * seed N FRACTION SEED DIR   append 1-3 statements matched by the first N rules to FRACTION of the
 *                            *.py files below DIR (strict UTF-8 files only; others are left alone)
 * probe DIR                  write DIR/probe.py: statements on which ast-grep and apimigrate differ
 * </pre>
 */
public final class AstGrepCorpus {

    private AstGrepCorpus() {
    }

    public static void main(final String[] args) throws IOException {
        if (args.length == 3 && "rules".equals(args[0])) {
            writeRules(positive(args[1], "N"), Path.of(args[2]));
        } else if (args.length == 5 && "seed".equals(args[0])) {
            seed(positive(args[1], "N"), fraction(args[2]), number(args[3], "SEED"), Path.of(args[4]));
        } else if (args.length == 2 && "probe".equals(args[0])) {
            probe(Path.of(args[1]));
        } else {
            System.err.println("usage: AstGrepCorpus rules N DIR | seed N FRACTION SEED DIR | probe DIR");
            System.exit(2);
        }
    }

    private static void writeRules(final int count, final Path dir) throws IOException {
        Files.createDirectories(dir);
        for (final SyntheticRule rule : SyntheticRules.first(count)) {
            Files.writeString(dir.resolve(rule.id() + ".yml"), rule.yaml());
        }
    }

    private static void seed(final int count, final double fraction, final long seed, final Path dir)
            throws IOException {
        final List<SyntheticRule> rules = SyntheticRules.first(count);
        final List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        }
        final Random random = new Random(seed);
        int seeded = 0;
        int statements = 0;
        int notUtf8 = 0;
        for (final Path file : files) {
            if (random.nextDouble() >= fraction) {
                continue;
            }
            final String text = utf8(file);
            if (text == null) {
                notUtf8++;
                continue;
            }
            final String newline = text.contains("\r\n") ? "\r\n" : "\n";
            final StringBuilder out = new StringBuilder(text);
            if (!text.isEmpty() && !text.endsWith("\n")) {
                out.append(newline);
            }
            final int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                out.append(rules.get(random.nextInt(rules.size())).use(random)).append(newline);
            }
            Files.writeString(file, out);
            seeded++;
            statements += n;
        }
        System.out.printf("seeded %d of %d files with %d statements (%d picked files not UTF-8, left alone)%n",
                seeded, files.size(), statements, notUtf8);
    }

    /** Cases where the two tools are known to part; the benchmark corpus avoids them. */
    private static void probe(final Path dir) throws IOException {
        final List<SyntheticRule> rules = SyntheticRules.first(4);
        final SyntheticRule call = rules.get(0);
        final SyntheticRule keyword = rules.get(2);
        final String f = "mod" + call.module() + ".func0";
        final String k = "mod" + keyword.module() + ".fn2";
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("probe.py"), String.join("\n",
                "a = " + f + "(" + f + "(1))",
                "b = " + k + "(kw2=1)",
                "c = " + k + "(x, kw2=1)",
                "d = " + k + "(kw2=1, axis=0)",
                "e = " + k + "(x, kw2=1, axis=0)",
                ""));
    }

    private static String utf8(final Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (final CharacterCodingException e) {
            return null;
        }
    }

    private static int positive(final String arg, final String what) {
        final long n = number(arg, what);
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + ": must be a positive int, got " + arg);
        }
        return (int) n;
    }

    private static long number(final String arg, final String what) {
        try {
            return Long.parseLong(arg);
        } catch (final NumberFormatException e) {
            throw new IllegalArgumentException(what + ": '" + arg + "' is not an integer", e);
        }
    }

    private static double fraction(final String arg) {
        final double f;
        try {
            f = Double.parseDouble(arg);
        } catch (final NumberFormatException e) {
            throw new IllegalArgumentException("FRACTION: '" + arg + "' is not a number", e);
        }
        if (!(f >= 0 && f <= 1)) {
            throw new IllegalArgumentException("FRACTION: must be in [0, 1], got " + arg);
        }
        return f;
    }
}
