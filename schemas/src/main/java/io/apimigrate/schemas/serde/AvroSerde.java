package io.apimigrate.schemas.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde for a generated Avro record on Avro's single-object encoding ({@code C3 01},
 * the CRC-64-AVRO fingerprint of the writer's schema, then the binary datum): no schema
 * registry needed. Records written with an earlier version listed in {@link SchemaHistory}
 * are resolved to the current one. Any failure, including bytes that are not such a record,
 * surfaces as a Kafka {@link SerializationException} that names the record type and topic.
 * {@code null} maps to {@code null} both ways (tombstones). Thread-safe.
 *
 * @param <T> the generated record class
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    private static final String TRUSTED_PACKAGE = "io.apimigrate.schemas";

    static {
        trustGeneratedClasses();
    }

    private final String typeName;
    private final Schema schema;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private AvroSerde(final Class<T> type) {
        final SpecificData model = SpecificData.getForClass(type);
        this.typeName = type.getSimpleName();
        this.schema = model.getSchema(type);
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.decoder = new BinaryMessageDecoder<>(model, schema);
        for (final Schema previous : SchemaHistory.previousVersions(schema.getFullName())) {
            decoder.addSchema(previous);
        }
    }

    /** A serde for the given generated record class. */
    public static <T extends SpecificRecord> AvroSerde<T> of(final Class<T> type) {
        return new AvroSerde<>(type);
    }

    /**
     * Lets Avro instantiate the generated classes of {@code io.apimigrate.schemas} (Avro 1.12
     * refuses untrusted packages); called once when this class loads, harmless to repeat.
     */
    public static void trustGeneratedClasses() {
        final ClassSecurityValidator.ClassSecurityPredicate current = ClassSecurityValidator.getGlobal();
        if (current.isTrusted(io.apimigrate.schemas.CodeSnippet.class)) {
            return;
        }
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
                current, c -> c.getPackageName().startsWith(TRUSTED_PACKAGE)));
    }

    /** The current (reader and writer) schema. */
    public Schema schema() {
        return schema;
    }

    /** Encodes a record; {@code null} stays {@code null}. */
    public byte[] serialize(final String topic, final T value) {
        if (value == null) {
            return null;
        }
        try {
            final ByteBuffer buffer = encoder.encode(value);
            final byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (final IOException | RuntimeException e) {
            throw new SerializationException(
                    "cannot encode " + typeName + " for topic '" + topic + "': " + reason(e), e);
        }
    }

    /**
     * Decodes a record; {@code null} stays {@code null}. Untrusted bytes may fail in many ways
     * (bad header, unknown fingerprint, truncation, malformed lengths): all become a
     * {@link SerializationException}.
     */
    public T deserialize(final String topic, final byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return decoder.decode(bytes);
        } catch (final IOException | RuntimeException e) {
            throw new SerializationException("cannot decode " + typeName + " from topic '" + topic
                    + "' (" + bytes.length + " bytes): " + reason(e), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return this::serialize;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this::deserialize;
    }

    private static String reason(final Exception e) {
        final String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
    }
}
