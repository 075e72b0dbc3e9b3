package io.apimigrate.worker.kafka;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumed records waiting for a micro-batch, in arrival order. A batch is ready when the buffer holds
 * {@code maxSize} records or its oldest record has waited {@code maxWaitNanos}. Not thread-safe.
 */
final class BatchBuffer {

    /** A consumed record and when it arrived ({@link System#nanoTime()}). */
    record Pending(ConsumerRecord<byte[], byte[]> record, long arrivedNanos) {

        TopicPartition partition() {
            return new TopicPartition(record.topic(), record.partition());
        }
    }

    private final int maxSize;
    private final long maxWaitNanos;
    private final Deque<Pending> pending = new ArrayDeque<>();

    BatchBuffer(final int maxSize, final long maxWaitNanos) {
        this.maxSize = maxSize;
        this.maxWaitNanos = maxWaitNanos;
    }

    void add(final Iterable<ConsumerRecord<byte[], byte[]>> records, final long nowNanos) {
        records.forEach(r -> pending.addLast(new Pending(r, nowNanos)));
    }

    int size() {
        return pending.size();
    }

    boolean isFull() {
        return pending.size() >= maxSize;
    }

    boolean isReady(final long nowNanos) {
        return isFull() || (!pending.isEmpty() && nowNanos - pending.peekFirst().arrivedNanos() >= maxWaitNanos);
    }

    /** Nanoseconds until the batch is ready by time; a large value when the buffer is empty. */
    long nanosUntilReady(final long nowNanos) {
        return pending.isEmpty() ? Long.MAX_VALUE
                : Math.max(0L, pending.peekFirst().arrivedNanos() + maxWaitNanos - nowNanos);
    }

    /** Removes and returns the oldest records, at most {@code maxSize}. */
    List<Pending> take() {
        final List<Pending> batch = new ArrayList<>(Math.min(maxSize, pending.size()));
        while (batch.size() < maxSize && !pending.isEmpty()) {
            batch.add(pending.pollFirst());
        }
        return batch;
    }

    /** Forgets the records of the given partitions (they will be consumed again by their next owner). */
    void drop(final Collection<TopicPartition> partitions) {
        pending.removeIf(p -> partitions.contains(p.partition()));
    }

    /** Empties the buffer and returns, per partition, the offset of the earliest record it held. */
    Map<TopicPartition, Long> clear() {
        final Map<TopicPartition, Long> earliest = earliestOffsets(pending);
        pending.clear();
        return earliest;
    }

    static Map<TopicPartition, Long> earliestOffsets(final Collection<Pending> records) {
        final Map<TopicPartition, Long> earliest = new HashMap<>();
        for (final Pending p : records) {
            earliest.merge(p.partition(), p.record().offset(), Math::min);
        }
        return earliest;
    }
}
