package io.apimigrate.topology.routing;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** The headers a record on the dead-letter topic carries, UTF-8 strings. */
public final class DeadLetterHeaders {

    /** {@link RejectStage} name. */
    public static final String STAGE = "apimigrate.error.stage";
    /** What is wrong, for people. */
    public static final String REASON = "apimigrate.error.reason";
    /** Class name of the exception behind the rejection, when there was one. */
    public static final String EXCEPTION = "apimigrate.error.exception";
    /** Topic, partition and offset the record was read from. */
    public static final String TOPIC = "apimigrate.error.topic";
    public static final String PARTITION = "apimigrate.error.partition";
    public static final String OFFSET = "apimigrate.error.offset";

    private DeadLetterHeaders() {
    }

    /** Adds the error headers of a rejection, and the record's origin when known. */
    public static void add(final Headers headers, final Outcome.Rejected rejected, final RecordMetadata origin) {
        put(headers, STAGE, rejected.stage().name());
        put(headers, REASON, rejected.reason());
        if (!rejected.exception().isEmpty()) {
            put(headers, EXCEPTION, rejected.exception());
        }
        if (origin != null) {
            put(headers, TOPIC, origin.topic());
            put(headers, PARTITION, Integer.toString(origin.partition()));
            put(headers, OFFSET, Long.toString(origin.offset()));
        }
    }

    /** The value of a header as a string, or null when absent. */
    public static String get(final Headers headers, final String key) {
        final var header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(final Headers headers, final String key, final String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
