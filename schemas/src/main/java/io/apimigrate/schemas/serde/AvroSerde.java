package io.apimigrate.schemas.serde;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.MissingSchemaException;
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
 * <p>The bytes are those of Avro's {@code BinaryMessageEncoder}/{@code BinaryMessageDecoder},
 * but a record is read straight from the byte array (Avro's message decoder reads it one byte
 * at a time through an {@code InputStream}) and written into a per-thread buffer that is copied
 * once, so that a Kafka Streams thread pays little per record beyond the datum itself.
 *
 * @param <T> the generated record class
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    /** Bytes before the datum: the two marker bytes and the 8-byte fingerprint. */
    public static final int HEADER_LENGTH = 10;

    private static final String TRUSTED_PACKAGE = "io.apimigrate.schemas";
    private static final byte MARKER_0 = (byte) 0xC3;
    private static final byte MARKER_1 = (byte) 0x01;
    /** A per-thread output buffer larger than this is dropped after use rather than kept. */
    private static final int KEPT_BUFFER_BYTES = 1 << 20;

    private static final ThreadLocal<Output> OUTPUT = ThreadLocal.withInitial(Output::new);
    private static final ThreadLocal<BinaryDecoder> DECODER = new ThreadLocal<>();

    static {
        trustGeneratedClasses();
    }

    private final String typeName;
    private final Schema schema;
    private final long fingerprint;
    private final byte[] header;
    private final DatumWriter<T> writer;
    private final DatumReader<T> currentReader;
    /** Readers by writer fingerprint: the current schema and its previous versions. Never modified. */
    private final Map<Long, DatumReader<T>> readers;

    @SuppressWarnings("unchecked")
    private AvroSerde(final Class<T> type) {
        final SpecificData model = SpecificData.getForClass(type);
        this.typeName = type.getSimpleName();
        this.schema = model.getSchema(type);
        this.fingerprint = SchemaNormalization.parsingFingerprint64(schema);
        this.header = header(fingerprint);
        this.writer = (DatumWriter<T>) model.createDatumWriter(schema);
        this.currentReader = (DatumReader<T>) model.createDatumReader(schema, schema);
        final Map<Long, DatumReader<T>> byFingerprint = new HashMap<>();
        for (final Schema previous : SchemaHistory.previousVersions(schema.getFullName())) {
            byFingerprint.put(SchemaNormalization.parsingFingerprint64(previous),
                    (DatumReader<T>) model.createDatumReader(previous, schema));
        }
        byFingerprint.put(fingerprint, currentReader);
        this.readers = Map.copyOf(byFingerprint);
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

    /** The CRC-64-AVRO fingerprint of the current schema, as the header of records it writes carries it. */
    public long fingerprint() {
        return fingerprint;
    }

    /**
     * The writer-schema fingerprint in the header of single-object encoded bytes.
     *
     * @throws BadHeaderException when the bytes do not start with a single-object header
     */
    public static long writerFingerprint(final byte[] bytes) {
        if (bytes.length < HEADER_LENGTH) {
            throw new BadHeaderException("Not enough header bytes");
        }
        if (bytes[0] != MARKER_0 || bytes[1] != MARKER_1) {
            throw new BadHeaderException(String.format("Unrecognized header bytes: 0x%02X 0x%02X", bytes[0], bytes[1]));
        }
        long value = 0;
        for (int i = HEADER_LENGTH - 1; i >= 2; i--) {
            value = (value << 8) | (bytes[i] & 0xFFL);
        }
        return value;
    }

    /** Encodes a record; {@code null} stays {@code null}. */
    public byte[] serialize(final String topic, final T value) {
        if (value == null) {
            return null;
        }
        final Output out = OUTPUT.get();
        try {
            out.reset();
            out.write(header, 0, header.length);
            writer.write(value, out.encoder());
            return out.toByteArray();
        } catch (final IOException | RuntimeException e) {
            throw new SerializationException(
                    "cannot encode " + typeName + " for topic '" + topic + "': " + reason(e), e);
        } finally {
            out.release();
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
            final long writerFingerprint = writerFingerprint(bytes);
            final DatumReader<T> reader = writerFingerprint == fingerprint ? currentReader : readers.get(writerFingerprint);
            if (reader == null) {
                throw new MissingSchemaException("Cannot resolve schema for fingerprint: " + writerFingerprint);
            }
            final BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(
                    bytes, HEADER_LENGTH, bytes.length - HEADER_LENGTH, DECODER.get());
            DECODER.set(decoder);
            return reader.read(null, decoder);
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

    private static byte[] header(final long fingerprint) {
        final byte[] bytes = new byte[HEADER_LENGTH];
        bytes[0] = MARKER_0;
        bytes[1] = MARKER_1;
        for (int i = 2; i < HEADER_LENGTH; i++) {
            bytes[i] = (byte) (fingerprint >>> (8 * (i - 2)));
        }
        return bytes;
    }

    private static String reason(final Exception e) {
        final String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
    }

    /** A growable, unsynchronized byte buffer with the direct binary encoder that writes into it; one per thread. */
    private static final class Output extends OutputStream {

        private static final int INITIAL_BYTES = 1024;

        private byte[] buffer = new byte[INITIAL_BYTES];
        private int size;
        private BinaryEncoder encoder;

        void reset() {
            size = 0;
        }

        BinaryEncoder encoder() {
            if (encoder == null) {
                encoder = EncoderFactory.get().directBinaryEncoder(this, null);
            }
            return encoder;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, size);
        }

        /** Drops a buffer grown for an unusually large record, so that a thread does not keep it. */
        void release() {
            if (buffer.length > KEPT_BUFFER_BYTES) {
                buffer = new byte[INITIAL_BYTES];
            }
            size = 0;
        }

        @Override
        public void write(final int b) {
            ensure(1);
            buffer[size++] = (byte) b;
        }

        @Override
        public void write(final byte[] bytes, final int offset, final int length) {
            ensure(length);
            System.arraycopy(bytes, offset, buffer, size, length);
            size += length;
        }

        private void ensure(final int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }
    }
}
