package io.apimigrate.rules.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads example and snippet files (contracts.md section 1), streaming them line by line.
 *
 * <p>A path is a file or a folder (every {@code *.jsonl} below it, sorted by relative path). Lines
 * are {@code \n}-terminated strict UTF-8 (a {@code \r} before the newline and a byte order mark at
 * the start of a file are accepted); lines holding only spaces, tabs or nothing are skipped. Each
 * other line must be one JSON object with a non-empty string {@code id}, unique within its file, and
 * string {@code old_code} and {@code new_code}; the optional fields are strings or null (read as
 * {@code ""}); unknown fields are ignored; duplicate keys in an object are an error. The first fault
 * stops the read with an {@link InputFormatException} naming the file, line and field.
 */
public final class ExampleReader {

    /** Which fields a line must carry. */
    public enum Mode {
        /** Training and test examples: {@code id}, {@code old_code} and {@code new_code} required. */
        EXAMPLES,
        /** Snippets to migrate: {@code id} and {@code old_code} required; {@code new_code}, if any, is the expected code. */
        SNIPPETS
    }

    private ExampleReader() {
    }

    /** Every example in the paths, in order. */
    public static List<Example> read(final List<Path> paths) throws InputFormatException {
        final List<Example> all = new ArrayList<>();
        forEach(paths, Mode.EXAMPLES, all::add);
        return all;
    }

    /** Every snippet in the paths, in order; {@code new_code} may be absent. */
    public static List<Example> readSnippets(final List<Path> paths) throws InputFormatException {
        final List<Example> all = new ArrayList<>();
        forEach(paths, Mode.SNIPPETS, all::add);
        return all;
    }

    /**
     * Hands each record to {@code sink} as soon as its line is read, without holding the file in
     * memory; records before a faulty line have been handed over when the exception is thrown.
     */
    public static void forEach(final List<Path> paths, final Mode mode, final Consumer<Example> sink)
            throws InputFormatException {
        for (final Path file : JsonlPaths.expand(paths)) {
            readFile(file, mode, sink);
        }
    }

    private static void readFile(final Path file, final Mode mode, final Consumer<Example> sink)
            throws InputFormatException {
        final ExampleLineParser parser = new ExampleLineParser(file, mode == Mode.EXAMPLES);
        final Map<String, Long> firstLineOfId = new HashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            final Utf8LineReader lines = new Utf8LineReader(in);
            for (String text = lines.next(); text != null; text = lines.next()) {
                if (isBlank(text)) {
                    continue;
                }
                final long line = lines.lineNumber();
                final Example example = parser.parse(text, line);
                final Long first = firstLineOfId.putIfAbsent(example.id(), line);
                if (first != null) {
                    throw InputFormatException.atLine(file, line, "id",
                            "duplicate id \"" + example.id() + "\" (first on line " + first + ")");
                }
                sink.accept(example);
            }
        } catch (final Utf8LineReader.MalformedLineException e) {
            throw InputFormatException.atLine(file, e.line(), "encoding", e.getMessage());
        } catch (final IOException e) {
            throw InputFormatException.atPath(file, "cannot read: " + e, e);
        }
    }

    private static boolean isBlank(final String text) {
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
