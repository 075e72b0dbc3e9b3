package io.apimigrate.schemas.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.MigrationResult;
import io.apimigrate.schemas.ResultStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.junit.jupiter.api.Test;

/** Records written with one version of a schema are read with another, in both directions. */
class SchemaEvolutionTest {

    private static final Schema SNIPPET_V1 =
            SchemaHistory.previousVersions(CodeSnippet.getClassSchema().getFullName()).get(0);

    private final AvroSerde<CodeSnippet> snippets = AvroSerde.of(CodeSnippet.class);

    @Test
    void shouldReadSnippetWrittenWithPreviousSchemaFillingDefaults() throws IOException {
        final GenericRecord old = new GenericRecordBuilder(SNIPPET_V1)
                .set("id", "old-1")
                .set("code", "x = np.float(1)")
                .build();
        final byte[] bytes = encode(SNIPPET_V1, old);

        final CodeSnippet read = snippets.deserialize("code-snippets", bytes);

        assertEquals("old-1", read.getId());
        assertEquals("x = np.float(1)", read.getCode());
        assertEquals("python", read.getLanguage());
        assertEquals(List.of(), read.getLibraryHints());
        assertNull(read.getExpected());
        assertEquals(Instant.EPOCH, read.getSubmittedAt());
    }

    @Test
    void shouldReadCurrentSnippetWithPreviousSchema() throws IOException {
        final byte[] bytes = snippets.serialize("code-snippets", Samples.snippet());
        final BinaryMessageDecoder<GenericRecord> oldReader =
                new BinaryMessageDecoder<>(GenericData.get(), SNIPPET_V1);
        oldReader.addSchema(CodeSnippet.getClassSchema());

        final GenericRecord read = oldReader.decode(bytes);

        assertEquals("s-1", read.get("id").toString());
        assertEquals(Samples.snippet().getCode(), read.get("code").toString());
        assertEquals(2, read.getSchema().getFields().size());
    }

    @Test
    void shouldStayCompatibleBothWaysWithEveryPreviousVersion() {
        final Schema current = CodeSnippet.getClassSchema();
        for (final Schema previous : SchemaHistory.previousVersions(current.getFullName())) {
            assertEquals(SchemaCompatibilityType.COMPATIBLE, SchemaCompatibility
                    .checkReaderWriterCompatibility(current, previous).getType(), "new reads old");
            assertEquals(SchemaCompatibilityType.COMPATIBLE, SchemaCompatibility
                    .checkReaderWriterCompatibility(previous, current).getType(), "old reads new");
        }
    }

    @Test
    void shouldReadStatusAddedByNewerWriterAsUnknown() throws IOException {
        final Schema newer = newerResultSchema();
        final GenericRecord written = new GenericRecordBuilder(newer)
                .set("snippet_id", "s-9")
                .set("original", "a")
                .set("migrated", "b")
                .set("strategy", new GenericData.EnumSymbol(
                        newer.getField("strategy").schema(), "DIRECT_RULE"))
                .set("confidence", 0.9)
                .set("status", new GenericData.EnumSymbol(newer.getField("status").schema(), "PARTIAL"))
                .set("reviewer", "someone")
                .build();
        final SchemaStore.Cache newerSchemas = new SchemaStore.Cache();
        newerSchemas.addSchema(newer);

        final MigrationResult read = MigrationResult.createDecoder(newerSchemas).decode(encode(newer, written));

        assertEquals("s-9", read.getSnippetId());
        assertEquals(ResultStatus.UNKNOWN, read.getStatus());
        assertFalse(read.getSchema().getFields().stream().anyMatch(f -> f.name().equals("reviewer")));
        assertTrue(read.getValid());
    }

    /** The current MigrationResult schema plus a status symbol and a field it does not know. */
    private static Schema newerResultSchema() {
        final String json = MigrationResult.getClassSchema().toString()
                .replace("\"ECHO\",", "\"ECHO\",\"PARTIAL\",")
                .replace("{\"name\":\"completed_at\"",
                        "{\"name\":\"reviewer\",\"type\":\"string\",\"default\":\"\"},{\"name\":\"completed_at\"");
        return new Schema.Parser().parse(json);
    }

    private static byte[] encode(final Schema schema, final GenericRecord record) throws IOException {
        final ByteBuffer buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema).encode(record);
        final byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
