package io.apimigrate.schemas.serde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.MigrationResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
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
