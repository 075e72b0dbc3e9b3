package io.apimigrate.topology.bench;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Consumes the output topics (read-committed) on its own thread until records with the
 * expected number of distinct keys of one prefix arrived, recording each one's latency from
 * its produce time (the record timestamp Kafka Streams carries from the input) to its arrival.
 */
final class ResultCollector implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrap;
    private final List<String> topics;
    private final String keyPrefix;
    private final long expected;
    private final Histogram latencyMs = new Histogram(TimeUnit.MINUTES.toMillis(10), 3);
    private final Set<String> keys = new HashSet<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean stop;
    private long duplicates;
    private long lastArrivalMs;

    private ResultCollector(final String bootstrap, final List<String> topics, final String keyPrefix,
            final long expected) {
        this.bootstrap = bootstrap;
        this.topics = List.copyOf(topics);
        this.keyPrefix = keyPrefix;
        this.expected = expected;
        this.thread = new Thread(this::run, "collector-" + keyPrefix);
    }

    /** Starts collecting and returns once the consumer has its partitions. */
    static ResultCollector start(final String bootstrap, final List<String> topics, final String keyPrefix,
            final long expected) throws InterruptedException {
        final ResultCollector collector = new ResultCollector(bootstrap, topics, keyPrefix, expected);
        collector.thread.start();
        if (!collector.ready.await(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            collector.close();
            throw new IllegalStateException("result consumer got no partitions within " + READY_TIMEOUT);
        }
        return collector;
    }

    /** Waits until every expected key arrived; returns how many distinct keys did. */
    synchronized long await(final Duration timeout) throws InterruptedException {
        wait0(timeout);
        return keys.size();
    }

    synchronized long lastArrivalMs() {
        return lastArrivalMs;
    }

    synchronized long duplicates() {
        return duplicates;
    }

    synchronized long percentileMs(final double percentile) {
        return latencyMs.getValueAtPercentile(percentile);
    }

    @Override
    public void close() {
        stop = true;
        try {
            thread.join();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void wait0(final Duration timeout) throws InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (keys.size() < expected && System.nanoTime() < deadline) {
            wait(100);
        }
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "collector-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(topics);
            while (!stop && consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(50));
            }
            ready.countDown();
            while (!stop && !complete()) {
                for (final ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    accept(record, System.currentTimeMillis());
                }
            }
        } finally {
            ready.countDown();
        }
    }

    private synchronized boolean complete() {
        return keys.size() >= expected;
    }

    private synchronized void accept(final ConsumerRecord<String, byte[]> record, final long now) {
        if (record.key() == null || !record.key().startsWith(keyPrefix)) {
            return;
        }
        if (!keys.add(record.key())) {
            duplicates++;
            return;
        }
        latencyMs.recordValue(Math.max(0, Math.min(now - record.timestamp(), latencyMs.getHighestTrackableValue())));
        lastArrivalMs = now;
        if (keys.size() >= expected) {
            notifyAll();
        }
    }
}
