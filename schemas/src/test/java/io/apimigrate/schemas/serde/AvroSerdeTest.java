package io.apimigrate.schemas.serde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.MigrationResult;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AvroSerdeTest {

    private final AvroSerde<CodeSnippet> snippets = AvroSerde.of(CodeSnippet.class);

    static Stream<SpecificRecord> records() {
        return Stream.of(Samples.snippet(), Samples.hint(), Samples.request(), Samples.result(),
                Samples.metrics(), Samples.rule(), Samples.example());
    }

    @ParameterizedTest
    @MethodSource("records")
    <T extends SpecificRecord> void shouldRoundTripEveryRecordType(final T record) {
        @SuppressWarnings("unchecked")
        final AvroSerde<T> serde = AvroSerde.of((Class<T>) record.getClass());

        final byte[] bytes = serde.serializer().serialize("t", record);

        assertEquals(record, serde.deserializer().deserialize("t", bytes));
    }

    @ParameterizedTest
    @MethodSource("records")
    <T extends SpecificRecord> void shouldWriteTheBytesOfAvrosMessageEncoderAndReadThem(final T record)
            throws Exception {
        @SuppressWarnings("unchecked")
        final Class<T> type = (Class<T>) record.getClass();
        final AvroSerde<T> serde = AvroSerde.of(type);
        final SpecificData model = SpecificData.getForClass(type);
        final ByteBuffer avro = new BinaryMessageEncoder<T>(model, record.getSchema()).encode(record);
        final byte[] expected = new byte[avro.remaining()];
        avro.get(expected);

        final byte[] bytes = serde.serialize("t", record);

        assertArrayEquals(expected, bytes);
        assertEquals(record, new BinaryMessageDecoder<T>(model, record.getSchema()).decode(bytes));
        assertEquals(record, serde.deserialize("t", expected));
        assertEquals(serde.fingerprint(), AvroSerde.writerFingerprint(bytes));
    }

    @Test
    void shouldRoundTripRecordLargerThanTheReusedBuffer() {
        final CodeSnippet large = CodeSnippet.newBuilder(Samples.snippet())
                .setCode("x = 1\n".repeat(400_000))
                .build();

        final byte[] bytes = snippets.serialize("t", large);

        assertEquals(large, snippets.deserialize("t", bytes));
        assertEquals(Samples.snippet(), snippets.deserialize("t", snippets.serialize("t", Samples.snippet())));
    }

    @Test
    void shouldEncodeAndDecodeOnManyThreadsAtOnce() throws Exception {
        final ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            final List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                final int thread = t;
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        final CodeSnippet snippet = CodeSnippet.newBuilder(Samples.snippet())
                                .setId("s-" + thread + "-" + i)
                                .setCode("y = " + "z".repeat(i % 50))
                                .build();
                        if (!snippet.equals(snippets.deserialize("t", snippets.serialize("t", snippet)))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (final Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRejectUnknownFingerprint() {
        final byte[] bytes = snippets.serialize("t", Samples.snippet());
        bytes[5] ^= 0x5A;

        final SerializationException e = assertThrows(SerializationException.class,
                () -> snippets.deserialize("t", bytes));

        assertTrue(e.getMessage().contains("fingerprint"), e.getMessage());
    }

    @Test
    void shouldStayUsableAfterAFailedEncode() {
        assertThrows(SerializationException.class, () -> snippets.serialize("t", new CodeSnippet()));

        assertEquals(Samples.snippet(), snippets.deserialize("t", snippets.serialize("t", Samples.snippet())));
    }

    @Test
    void shouldWriteSingleObjectEncodingHeader() {
        final byte[] bytes = snippets.serialize("t", Samples.snippet());

        assertArrayEquals(new byte[] {(byte) 0xC3, 0x01}, Arrays.copyOf(bytes, 2));
    }

    @Test
    void shouldMapNullToNullBothWays() {
        assertNull(snippets.serialize("t", null));
        assertNull(snippets.deserialize("t", null));
    }

    @Test
    void shouldRejectBytesWithoutHeaderNamingTypeAndTopic() {
        final byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);

        final SerializationException e = assertThrows(SerializationException.class,
                () -> snippets.deserialize("code-snippets", garbage));

        assertTrue(e.getMessage().contains("CodeSnippet"), e.getMessage());
        assertTrue(e.getMessage().contains("code-snippets"), e.getMessage());
    }

    @Test
    void shouldRejectRecordOfAnotherSchema() {
        final byte[] result = AvroSerde.of(MigrationResult.class).serialize("t", Samples.result());

        assertThrows(SerializationException.class, () -> snippets.deserialize("t", result));
    }

    @Test
    void shouldRejectTruncatedRecord() {
        final byte[] bytes = snippets.serialize("t", Samples.snippet());
        final byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);

        assertThrows(SerializationException.class, () -> snippets.deserialize("t", truncated));
    }

    @Test
    void shouldRejectEmptyBytes() {
        assertThrows(SerializationException.class, () -> snippets.deserialize("t", new byte[0]));
    }

    @Test
    void shouldRejectRecordMissingRequiredFieldOnEncode() {
        final CodeSnippet incomplete = new CodeSnippet();

        final SerializationException e = assertThrows(SerializationException.class,
                () -> snippets.serialize("code-snippets", incomplete));

        assertTrue(e.getMessage().contains("cannot encode CodeSnippet"), e.getMessage());
    }
}
