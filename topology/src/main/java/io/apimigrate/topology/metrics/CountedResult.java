package io.apimigrate.topology.metrics;

import io.apimigrate.schemas.MigrationResult;
import io.apimigrate.schemas.MigrationStrategy;
import io.apimigrate.schemas.ResultStatus;
import io.apimigrate.schemas.serde.AvroSerde;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.avro.SystemLimitException;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.util.Utf8;
import org.apache.kafka.common.errors.SerializationException;

/**
 * What the metrics need of one result on the results topic: its completion time, the
 * dimensions it is counted under and its {@link Observation}.
 *
 * @param completedAtMs {@code completed_at} in epoch milliseconds (0 when unknown)
 * @param strategy the result's strategy
 * @param library the result's library, empty when it names none
 * @param observation what is counted of it
 */
public record CountedResult(long completedAtMs, MigrationStrategy strategy, String library, Observation observation) {

    /** The counted fields of a decoded result. */
    public static CountedResult of(final MigrationResult result) {
        return new CountedResult(result.getCompletedAt().toEpochMilli(), result.getStrategy(), result.getLibrary(),
                Observation.of(result));
    }

    /**
     * Reads the counted fields from the bytes of a result without building the result. Bytes
     * written with the current {@code MigrationResult} schema, which is what the topology and the
     * worker write, are read field by field with Avro's binary decoder, skipping the code and the
     * other fields the metrics do not count (no strings built for them; {@code migrated} is only
     * decoded when an expected code comes with it). Bytes of any other writer schema go through
     * the full decode, with schema resolution. Not thread-safe: one reader per processor.
     */
    public static final class Reader {

        private static final MigrationStrategy[] STRATEGIES = MigrationStrategy.values();
        private static final ResultStatus[] STATUSES = ResultStatus.values();

        private final AvroSerde<MigrationResult> serde = AvroSerde.of(MigrationResult.class);
        private final Utf8 migrated = new Utf8();
        private BinaryDecoder decoder;

        /**
         * The counted fields of the result in {@code bytes}.
         *
         * @throws SerializationException when the bytes are not a result, as the full decode would
         */
        public CountedResult read(final String topic, final byte[] bytes) {
            if (bytes == null || bytes.length < AvroSerde.HEADER_LENGTH
                    || AvroSerde.writerFingerprint(bytes) != serde.fingerprint()) {
                final MigrationResult result = serde.deserialize(topic, bytes);
                return result == null ? null : of(result);
            }
            try {
                return readCurrent(bytes);
            } catch (final IOException | RuntimeException e) {
                // malformed bytes: the full decode decides, and names the problem as for any reader
                return of(serde.deserialize(topic, bytes));
            }
        }

        /** Field order and types of the current schema; {@code ReaderTest} pins it to the generated class. */
        CountedResult readCurrent(final byte[] bytes) throws IOException {
            final BinaryDecoder in = decoder = DecoderFactory.get().binaryDecoder(
                    bytes, AvroSerde.HEADER_LENGTH, bytes.length - AvroSerde.HEADER_LENGTH, decoder);
            skipString(in);                                    // snippet_id
            skipString(in);                                    // original
            in.readString(migrated);                           // migrated (bytes only)
            final MigrationStrategy strategy = STRATEGIES[in.readEnum()];
            in.skipFixed(Double.BYTES);                        // confidence
            for (long n = in.readArrayStart(); n != 0; n = in.arrayNext()) {  // applied_rules
                for (long i = 0; i < n; i++) {
                    skipString(in);
                }
            }
            skipString(in);                                    // generator
            skipOptionalString(in);                            // model
            final boolean valid = in.readBoolean();
            final ResultStatus status = STATUSES[in.readEnum()];
            in.readLong();                                     // latency_ms
            skipOptionalString(in);                            // error
            final String library = in.readString();
            final String expected = readOptionalString(in);
            final long submitted = in.readLong();
            final long completed = in.readLong();
            final String migratedCode = expected == null ? null
                    : new String(migrated.getBytes(), 0, migrated.getByteLength(), StandardCharsets.UTF_8);
            return new CountedResult(completed, strategy, library,
                    Observation.of(valid, status, submitted, completed, migratedCode, expected));
        }

        private static void skipOptionalString(final BinaryDecoder in) throws IOException {
            if (optional(in)) {
                skipString(in);
            }
        }

        /** Skips a string, refusing the lengths that reading it would refuse (Avro's skipString takes any). */
        private static void skipString(final BinaryDecoder in) throws IOException {
            in.skipFixed(SystemLimitException.checkMaxStringLength(in.readLong()));
        }

        private static String readOptionalString(final BinaryDecoder in) throws IOException {
            return optional(in) ? in.readString() : null;
        }

        /** A {@code ["null", "string"]} union: whether the string branch follows. */
        private static boolean optional(final BinaryDecoder in) throws IOException {
            final int branch = in.readIndex();
            if (branch != 0 && branch != 1) {
                throw new IOException("union index " + branch + " out of range");
            }
            return branch == 1;
        }
    }
}
