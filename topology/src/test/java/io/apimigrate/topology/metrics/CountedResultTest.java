package io.apimigrate.topology.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.apimigrate.schemas.MigrationResult;
import io.apimigrate.schemas.MigrationStrategy;
import io.apimigrate.schemas.ResultStatus;
import io.apimigrate.schemas.serde.AvroSerde;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** The field-by-field read of a result counts exactly what the full decode counts. */
class CountedResultTest {

    private static final AvroSerde<MigrationResult> SERDE = AvroSerde.of(MigrationResult.class);
    private static final String[] TEXTS = {"", "y = f(x)", "y = f(x)  \n\n", "y = g(x)\n", "ß = «ünï» ✓ 🙂",
        "import numpy as np\nx = np.float(1)\n", "a".repeat(300)};

    private final CountedResult.Reader reader = new CountedResult.Reader();

    @Test
    void shouldWalkTheFieldsOfTheCurrentSchemaInOrder() {
        final List<String> fields = MigrationResult.getClassSchema().getFields().stream()
                .map(f -> f.name() + ":" + f.schema().getType()).toList();

        // CountedResult.Reader.readCurrent walks these; a schema change changes the fingerprint
        // (the reader then decodes in full) and should update the walk and this list
        assertEquals(List.of("snippet_id:STRING", "original:STRING", "migrated:STRING", "strategy:ENUM",
                "confidence:DOUBLE", "applied_rules:ARRAY", "generator:STRING", "model:UNION", "valid:BOOLEAN",
                "status:ENUM", "latency_ms:LONG", "error:UNION", "library:STRING", "expected:UNION",
                "submitted_at:LONG", "completed_at:LONG"), fields);
    }

    @Test
    void shouldCountWhatTheFullDecodeCountsForVariedResults() throws Exception {
        final Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            final MigrationResult result = randomResult(random, i);
            final byte[] bytes = SERDE.serialize("t", result);

            final CountedResult expected = CountedResult.of(SERDE.deserialize("t", bytes));

            assertEquals(expected, reader.read("t", bytes), result.toString());
            assertEquals(expected, reader.readCurrent(bytes), "field by field: " + result);
        }
    }

    @Test
    void shouldAgreeWithTheFullDecodeOnDamagedBytes() {
        final Random random = new Random(11);
        int refused = 0;
        for (int i = 0; i < 20_000; i++) {
            final byte[] bytes = SERDE.serialize("t", randomResult(random, i));
            final byte[] damaged = damage(bytes, random);

            CountedResult full;
            try {
                full = CountedResult.of(SERDE.deserialize("t", damaged));
            } catch (final SerializationException e) {
                full = null;
            }
            if (full == null) {
                refused++;
                assertThrows(SerializationException.class, () -> reader.read("t", damaged), Arrays.toString(damaged));
            } else {
                assertEquals(full, reader.read("t", damaged), Arrays.toString(damaged));
            }
        }
        assertEquals(true, refused > 1_000, "damage refused " + refused + " times");
    }

    @Test
    void shouldLeaveResultsOfAnotherWriterSchemaToTheFullDecode() throws Exception {
        final Schema newer = new Schema.Parser().parse(MigrationResult.getClassSchema().toString()
                .replace("{\"name\":\"completed_at\"",
                        "{\"name\":\"reviewer\",\"type\":\"string\",\"default\":\"\"},{\"name\":\"completed_at\""));
        final GenericRecord written = new GenericRecordBuilder(newer)
                .set("snippet_id", "s-9")
                .set("original", "a")
                .set("migrated", "b")
                .set("strategy", new GenericData.EnumSymbol(newer.getField("strategy").schema(), "DIRECT_RULE"))
                .set("confidence", 0.9)
                .set("reviewer", "someone")
                .build();
        final ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), newer).encode(written);
        final byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);

        final SerializationException full = assertThrows(SerializationException.class,
                () -> SERDE.deserialize("results", bytes));
        final SerializationException read = assertThrows(SerializationException.class,
                () -> reader.read("results", bytes));

        assertEquals(full.getMessage(), read.getMessage());
    }

    @Test
    void shouldMapNullToNull() {
        assertNull(reader.read("t", null));
    }

    private static byte[] damage(final byte[] bytes, final Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return Arrays.copyOf(bytes, AvroSerde.HEADER_LENGTH + random.nextInt(bytes.length - AvroSerde.HEADER_LENGTH));
            case 1: {
                final byte[] copy = bytes.clone();
                copy[AvroSerde.HEADER_LENGTH + random.nextInt(copy.length - AvroSerde.HEADER_LENGTH)] =
                        (byte) random.nextInt(256);
                return copy;
            }
            case 2: {
                final byte[] copy = bytes.clone();
                for (int k = 0; k < 3; k++) {
                    copy[AvroSerde.HEADER_LENGTH + random.nextInt(copy.length - AvroSerde.HEADER_LENGTH)] ^=
                            (byte) (1 << random.nextInt(8));
                }
                return copy;
            }
            default: {
                final byte[] longer = Arrays.copyOf(bytes, bytes.length + 1 + random.nextInt(8));
                for (int k = bytes.length; k < longer.length; k++) {
                    longer[k] = (byte) random.nextInt(256);
                }
                return longer;
            }
        }
    }

    private static MigrationResult randomResult(final Random random, final int i) {
        final List<String> rules = new ArrayList<>();
        for (int k = random.nextInt(4); k > 0; k--) {
            rules.add("rule-" + random.nextInt(1000));
        }
        final long submitted = random.nextInt(4) == 0 ? 0 : 1_700_000_000_000L + random.nextInt(1_000_000);
        final long completed = random.nextInt(5) == 0 ? 0 : submitted + random.nextInt(100_000) - 1_000;
        return MigrationResult.newBuilder()
                .setSnippetId("s-" + i)
                .setOriginal(text(random))
                .setMigrated(text(random))
                .setStrategy(MigrationStrategy.values()[random.nextInt(MigrationStrategy.values().length)])
                .setConfidence(random.nextDouble())
                .setAppliedRules(rules)
                .setGenerator(random.nextBoolean() ? "rules" : "djl")
                .setModel(random.nextBoolean() ? null : "model-" + random.nextInt(3))
                .setValid(random.nextBoolean())
                .setStatus(ResultStatus.values()[random.nextInt(ResultStatus.values().length)])
                .setLatencyMs(random.nextInt(5_000))
                .setError(random.nextInt(4) == 0 ? "failed: " + text(random) : null)
                .setLibrary(random.nextInt(5) == 0 ? "" : "lib-" + random.nextInt(6))
                .setExpected(random.nextBoolean() ? null : text(random))
                .setSubmittedAt(Instant.ofEpochMilli(submitted))
                .setCompletedAt(Instant.ofEpochMilli(Math.max(0, completed)))
                .build();
    }

    private static String text(final Random random) {
        return TEXTS[random.nextInt(TEXTS.length)];
    }
}
