package io.apimigrate.cli.pipeline;

import io.apimigrate.rules.examples.AtomicFile;
import io.apimigrate.rules.examples.JsonlWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Writes the run's files atomically: each appears complete or not at all. */
public final class Outputs {

    private Outputs() {
    }

    /** Writes the results, one JSON line each, in the given order. */
    public static void results(final Path file, final List<PipelineResult> results) {
        try {
            JsonlWriter.writeAll(file, results);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a text file in UTF-8. */
    public static void text(final Path file, final String text) {
        try (AtomicFile out = AtomicFile.create(file)) {
            out.stream().write(text.getBytes(StandardCharsets.UTF_8));
            out.commit();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
