package io.apimigrate.schemas.serde;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Earlier versions of the topic schemas, kept so that records written before a schema changed
 * still decode: single-object encoding names the writer's schema by fingerprint only. When a
 * schema under {@code src/main/avro} changes in a released way, copy its previous text to
 * {@code src/main/resources/io/apimigrate/schemas/history/<Name>.v<N>.avsc} and list it here.
 */
public final class SchemaHistory {

    private static final String FOLDER = "/io/apimigrate/schemas/history/";

    private static final Map<String, List<String>> FILES = Map.of(
            "io.apimigrate.schemas.CodeSnippet", List.of("CodeSnippet.v1.avsc"));

    private SchemaHistory() {
    }

    /** The earlier versions of the record with the given full name, oldest first; empty when none. */
    public static List<Schema> previousVersions(final String fullName) {
        final List<Schema> schemas = new ArrayList<>();
        for (final String file : FILES.getOrDefault(fullName, List.of())) {
            schemas.add(load(file));
        }
        return List.copyOf(schemas);
    }

    private static Schema load(final String file) {
        try (InputStream in = SchemaHistory.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("schema history file missing from the classpath: " + FOLDER + file);
            }
            return new Schema.Parser().parse(in);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read schema history file " + FOLDER + file, e);
        }
    }
}
