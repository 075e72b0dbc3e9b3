package io.apimigrate.rules.examples;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes JSON values one per line (UTF-8, {@code \n}-terminated, characters outside the BMP written
 * as themselves rather than as escaped surrogate pairs) through an {@link AtomicFile}: the
 * target appears, complete, only on {@link #commit()}; closing without a commit leaves the target as
 * it was.
 * <pre>{@code
 * try (JsonlWriter out = JsonlWriter.create(path)) {
 *     for (Result r : results) {
 *         out.write(r);
 *     }
 *     out.commit();
 * }
 * }</pre>
 */
public final class JsonlWriter implements Closeable {

    private static final ObjectMapper DEFAULT_MAPPER = new ObjectMapper();

    private final AtomicFile file;
    private final ObjectWriter writer;
    private long lines;

    private JsonlWriter(final AtomicFile file, final ObjectMapper mapper) {
        this.file = file;
        this.writer = mapper.writer()
                .without(SerializationFeature.INDENT_OUTPUT)
                .with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
    }

    /** A writer that serialises with a plain Jackson {@link ObjectMapper}. */
    public static JsonlWriter create(final Path target) throws IOException {
        return create(target, DEFAULT_MAPPER);
    }

    /** A writer that serialises with {@code mapper}, with indentation turned off. */
    public static JsonlWriter create(final Path target, final ObjectMapper mapper) throws IOException {
        return new JsonlWriter(AtomicFile.create(target), mapper);
    }

    /** Writes every value and commits: the target ends up holding exactly these lines, or is unchanged. */
    public static void writeAll(final Path target, final Iterable<?> values) throws IOException {
        try (JsonlWriter out = create(target)) {
            for (final Object value : values) {
                out.write(value);
            }
            out.commit();
        }
    }

    /** Appends one value as one line. */
    public void write(final Object value) throws IOException {
        file.stream().write(writer.writeValueAsBytes(value));
        file.stream().write('\n');
        lines++;
    }

    /** The number of lines written so far. */
    public long lines() {
        return lines;
    }

    /** Publishes the file under its target name. */
    public void commit() throws IOException {
        file.commit();
    }

    /** Discards the lines unless {@link #commit()} succeeded. */
    @Override
    public void close() throws IOException {
        file.close();
    }
}
