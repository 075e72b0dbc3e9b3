package io.apimigrate.worker.kafka;

import io.apimigrate.schemas.GenerationRequest;
import io.apimigrate.worker.validate.Outcome;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * A micro-batch being generated: its consumed records, the decoded requests (with the arrival time of each),
 * the dead letters of the records that did not decode, and the generator's pending outcomes.
 */
final class InFlightBatch {

    /** A decoded request and when its record arrived. */
    record Request(GenerationRequest request, long arrivedNanos) {
    }

    private final List<BatchBuffer.Pending> records;
    private final List<Request> requests;
    private final List<ProducerRecord<byte[], byte[]>> deadLetters;
    private final CompletableFuture<List<Outcome>> outcomes;
    private final long startedNanos;
    private volatile boolean discarded;

    InFlightBatch(final List<BatchBuffer.Pending> records, final List<Request> requests,
                  final List<ProducerRecord<byte[], byte[]>> deadLetters,
                  final CompletableFuture<List<Outcome>> outcomes, final long startedNanos) {
        this.records = List.copyOf(records);
        this.requests = List.copyOf(requests);
        this.deadLetters = List.copyOf(deadLetters);
        this.outcomes = outcomes;
        this.startedNanos = startedNanos;
    }

    List<BatchBuffer.Pending> records() {
        return records;
    }

    List<Request> requests() {
        return requests;
    }

    List<ProducerRecord<byte[], byte[]>> deadLetters() {
        return deadLetters;
    }

    CompletableFuture<List<Outcome>> outcomes() {
        return outcomes;
    }

    long startedNanos() {
        return startedNanos;
    }

    /** Marks the batch as not to be published: its partitions were lost. */
    void discard() {
        discarded = true;
    }

    boolean discarded() {
        return discarded;
    }

    /** The offsets to commit with the batch: per partition, one past its last record. */
    Map<TopicPartition, OffsetAndMetadata> nextOffsets() {
        final Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (final BatchBuffer.Pending p : records) {
            offsets.merge(p.partition(), new OffsetAndMetadata(p.record().offset() + 1),
                    (a, b) -> a.offset() >= b.offset() ? a : b);
        }
        return offsets;
    }
}
