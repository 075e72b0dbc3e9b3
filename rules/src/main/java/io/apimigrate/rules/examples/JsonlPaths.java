package io.apimigrate.rules.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Expands path arguments into the JSONL files they name (contracts.md section 1). */
final class JsonlPaths {

    private JsonlPaths() {
    }

    /**
     * Each path in order: a file stands for itself (whatever its extension), a folder for every
     * {@code *.jsonl} file below it, sorted by the relative path with {@code /} separators.
     */
    static List<Path> expand(final List<Path> paths) throws InputFormatException {
        if (paths.isEmpty()) {
            throw InputFormatException.general("no input paths given");
        }
        final List<Path> files = new ArrayList<>();
        for (final Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(below(path));
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else if (Files.exists(path)) {
                throw InputFormatException.atPath(path, "not a regular file or folder", null);
            } else {
                throw InputFormatException.atPath(path, "no such file or folder", null);
            }
        }
        return files;
    }

    private static List<Path> below(final Path folder) throws InputFormatException {
        final List<Path> found;
        try (Stream<Path> walk = Files.walk(folder)) {
            found = walk.filter(p -> p.getFileName().toString().endsWith(".jsonl") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> relativeName(folder, p)))
                    .toList();
        } catch (final IOException | UncheckedIOException e) {
            throw InputFormatException.atPath(folder, "cannot list folder: " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            throw InputFormatException.atPath(folder, "folder holds no *.jsonl file", null);
        }
        return found;
    }

    private static String relativeName(final Path folder, final Path file) {
        return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
