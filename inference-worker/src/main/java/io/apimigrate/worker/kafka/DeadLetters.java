package io.apimigrate.worker.kafka;

import io.apimigrate.topology.routing.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Builds the dead-letter copy of a record the worker cannot read: its original key, bytes and headers plus
 * error headers (UTF-8 strings, named as on the topology's dead-letter topic: {@link DeadLetterHeaders}).
 */
public final class DeadLetters {

    /** Where the record was rejected: {@value #WORKER_STAGE}. */
    public static final String STAGE = DeadLetterHeaders.STAGE;
    /** What is wrong, for people. */
    public static final String REASON = DeadLetterHeaders.REASON;
    /** Class name of the exception behind the rejection. */
    public static final String EXCEPTION = DeadLetterHeaders.EXCEPTION;
    /** Topic the record was read from. */
    public static final String TOPIC = DeadLetterHeaders.TOPIC;
    /** Partition the record was read from. */
    public static final String PARTITION = DeadLetterHeaders.PARTITION;
    /** Offset the record was read from. */
    public static final String OFFSET = DeadLetterHeaders.OFFSET;
    /** The stage of records the inference worker cannot decode. */
    public static final String WORKER_STAGE = "WORKER_DECODE";

    private DeadLetters() {
    }

    /** The record for {@code dlqTopic}. */
    public static ProducerRecord<byte[], byte[]> of(final ConsumerRecord<byte[], byte[]> record, final String dlqTopic,
                                                   final Exception error) {
        final RecordHeaders headers = new RecordHeaders();
        for (final Header header : record.headers()) {
            headers.add(header);
        }
        headers.add(STAGE, utf8(WORKER_STAGE));
        headers.add(REASON, utf8(error.getMessage() == null ? error.toString() : error.getMessage()));
        headers.add(EXCEPTION, utf8(error.getClass().getName()));
        headers.add(TOPIC, utf8(record.topic()));
        headers.add(PARTITION, utf8(Integer.toString(record.partition())));
        headers.add(OFFSET, utf8(Long.toString(record.offset())));
        return new ProducerRecord<>(dlqTopic, null, record.key(), record.value(), headers);
    }

    private static byte[] utf8(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
