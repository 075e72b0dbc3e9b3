package io.apimigrate.cli;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code apimigrate fix}: rewrites Python files in place with the confident matches only. A file
 * that cannot be read or written is reported and left as it was, the others are still fixed, and
 * the exit status is then 1. A file in a top-level package that a learned rule migrates (NumPy's own
 * tests for NumPy's rules) is no place for that rule's direct answers ({@link TopLevelPackages}).
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = "Rewrites Python files in place (every *.py below a folder), applying only matches confident "
                + "enough for DIRECT_RULE; with --diff, changes nothing and prints a unified diff. A file that cannot be "
                + "read or written is reported and left as it was; the others are still fixed, and the exit status is 1. "
                + "Learned rules leave the code of the package they migrate alone (NumPy's rules, the files of a numpy "
                + "package folder).")
final class FixCommand implements Callable<Integer> {

    /** Endings of the files whose method definitions count but which are not fixed. */
    private static final List<String> DEFINITION_ONLY = List.of(".pyx", ".pxd", ".pyi");

    @Option(names = "--rules", required = true, paramLabel = "RULES",
            description = "rules.json, an ast-grep rule file (YAML) or a folder of rule files.")
    private Path rules;

    @Option(names = "--diff", description = "Print a unified diff that 'git apply' accepts instead of writing files.")
    private boolean diff;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Python files or folders.")
    private List<Path> paths;

    @Mixin
    private ThresholdOptions thresholds;

    /**
     * The command for arguments in the plain form {@code fix --rules RULES [--diff] PATH...} (in
     * any order), built without picocli; null for anything else (help, thresholds, other
     * spellings, mistakes), which picocli then parses, runs and reports.
     */
    static FixCommand plain(final String[] args) {
        if (args.length < 4 || !"fix".equals(args[0])) {
            return null;
        }
        final FixCommand command = new FixCommand();
        command.paths = new ArrayList<>();
        try {
            for (int i = 1; i < args.length; i++) {
                if ("--rules".equals(args[i]) && command.rules == null && i + 1 < args.length) {
                    command.rules = Path.of(args[++i]);
                } else if ("--diff".equals(args[i]) && !command.diff) {
                    command.diff = true;
                } else if (args[i].startsWith("-") || args[i].isEmpty()) {
                    return null;
                } else {
                    command.paths.add(Path.of(args[i]));
                }
            }
        } catch (final InvalidPathException e) {
            return null;
        }
        return command.rules == null || command.paths.isEmpty() ? null : command;
    }

    @Override
    public Integer call() throws Exception {
        final RoutingThresholds routing = thresholds == null ? RoutingThresholds.DEFAULT : thresholds.thresholds();
        final MigrationEngine rulesOnly = MigrationEngine.of(Inputs.rules(rules), routing);
        final List<Path> definitionOnly = new ArrayList<>();
        final List<Path> files = pythonFiles(paths, definitionOnly);
        final List<Path> definitions = new ArrayList<>(files);
        definitions.addAll(definitionOnly);
        final ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            return fix(rulesOnly.definingMethods(definedMethods(rulesOnly, definitions, pool)), files, pool);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The methods of the engine's rules on any receiver that the files define themselves: their
     * calls on receivers a file does not import may be the code's own (a file that cannot be read is
     * reported by the fix itself).
     */
    private static Set<String> definedMethods(final MigrationEngine engine, final List<Path> files,
            final ForkJoinPool pool) throws InterruptedException, ExecutionException {
        if (engine.methodsOnAnyReceiver().isEmpty()) {
            return Set.of();
        }
        final Set<String> defined = ConcurrentHashMap.newKeySet();
        pool.submit(() -> files.parallelStream().forEach(file -> {
            try {
                defined.addAll(engine.methodsDefinedIn(Files.readAllBytes(file)));
            } catch (final IOException e) {
                // the fix reports it
            }
        })).get();
        return defined;
    }

    private Integer fix(final MigrationEngine engine, final List<Path> files, final ForkJoinPool pool)
            throws InterruptedException, ExecutionException {
        final String[] diffs = new String[files.size()];
        final AtomicInteger changed = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final Path cwd = Path.of("").toAbsolutePath();
        final TopLevelPackages packages = new TopLevelPackages();
        final Map<String, MigrationEngine> byPackage = new ConcurrentHashMap<>();
        try (ProgressBar progress = new ProgressBar("fixing", files.size())) {
            final AtomicInteger done = new AtomicInteger();
            pool.submit(() -> IntStream.range(0, files.size()).parallel().forEach(i -> {
                final Path file = files.get(i);
                try {
                    final byte[] bytes = bytes(file);
                    final MigrationEngine forFile = byPackage.computeIfAbsent(packages.of(file), engine::withinPackage);
                    forFile.rewriteConfidentUtf8(bytes).ifPresent(rewrite -> {
                        final byte[] after = rewrite.output().getBytes(StandardCharsets.UTF_8);
                        if (!Arrays.equals(after, bytes)) {
                            if (diff) {
                                diffs[i] = UnifiedDiff.of(relative(cwd, file),
                                        new String(bytes, StandardCharsets.UTF_8), rewrite.output());
                            } else {
                                write(file, after);
                            }
                            changed.incrementAndGet();
                        }
                    });
                } catch (final CharacterCodingException e) {
                    skipped.incrementAndGet();
                    System.err.println("apimigrate: skipped " + file + ": not UTF-8 text");
                } catch (final UncheckedIOException e) {
                    failed.incrementAndGet();
                    System.err.println("apimigrate: " + e.getMessage());
                }
                progress.update(done.incrementAndGet());
            })).get();
        }
        if (diff) {
            final StringBuilder out = new StringBuilder();
            for (final String d : diffs) {
                if (d != null) {
                    out.append(d);
                }
            }
            System.out.print(out);
            System.out.flush();
        }
        System.err.printf("apimigrate: %d files scanned, %d %s, %d skipped%s%n", files.size(), changed.get(),
                diff ? "would change" : "changed", skipped.get(),
                failed.get() == 0 ? "" : ", " + failed.get() + " failed (left as they were)");
        return failed.get() == 0 ? 0 : 1;
    }

    /**
     * The {@code *.py} files of the paths, in name order within each folder; the Cython and stub files
     * below the folders ({@code .pyx}, {@code .pxd}, {@code .pyi}) go to {@code definitionOnly}: they are
     * not fixed, but the methods they define are the code base's own ({@code Pool.get_feature_names} in
     * catboost's {@code _catboost.pyx}). One walk lists both.
     */
    private static List<Path> pythonFiles(final List<Path> paths, final List<Path> definitionOnly) {
        final List<Path> files = new ArrayList<>();
        for (final Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.find(path, Integer.MAX_VALUE, (p, attributes) -> attributes.isRegularFile()
                        && (p.toString().endsWith(".py") || DEFINITION_ONLY.stream().anyMatch(p.toString()::endsWith)))) {
                    walk.sorted().forEach(p -> (p.toString().endsWith(".py") ? files : definitionOnly).add(p));
                } catch (final IOException e) {
                    throw new UserInputException(path + ": cannot list: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new UserInputException(path + ": no such file or folder");
            }
        }
        return files;
    }

    private static byte[] bytes(final Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(final Path file, final byte[] text) {
        try {
            final Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".apimigrate", ".tmp");
            try {
                Files.write(tmp, text);
                try {
                    Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
                } catch (final UnsupportedOperationException e) {
                    // permissions are kept where the file system has them
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The path a diff names: relative to the working directory when the file is below it, else the
     * absolute path without its leading '/', as {@code git diff --no-index} writes it.
     */
    private static String relative(final Path cwd, final Path file) {
        final Path absolute = file.toAbsolutePath().normalize();
        final Path rel = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
        final String path = rel.toString().replace('\\', '/');
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
