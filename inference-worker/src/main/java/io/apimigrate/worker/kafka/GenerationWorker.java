package io.apimigrate.worker.kafka;

import io.apimigrate.schemas.GenerationRequest;
import io.apimigrate.schemas.MigrationResult;
import io.apimigrate.schemas.serde.AvroSerde;
import io.apimigrate.worker.WorkerConfig;
import io.apimigrate.worker.generate.Generator;
import io.apimigrate.worker.prompt.MigrationTask;
import io.apimigrate.worker.prompt.PromptBuilder;
import io.apimigrate.worker.validate.GuidedMigration;
import io.apimigrate.worker.validate.Outcome;
import io.apimigrate.worker.validate.OutcomeStatus;
import io.apimigrate.worker.validate.OutputValidator;
import io.apimigrate.worker.validate.ValidationLimits;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inference worker's loop: consumes {@code GenerationRequest}s in a consumer group, answers them in
 * micro-batches with a {@link Generator}, and publishes one {@code MigrationResult} per request in a Kafka
 * transaction that also commits the consumed offsets, so each request gets exactly one committed result.
 * Undecodable records go to the dead-letter topic in the same transaction. While the generator works on a
 * batch the loop keeps polling, with partitions paused once the next batch is buffered, so group membership
 * stays alive. {@link #close()} wakes the loop, finishes the batch in flight within the shutdown grace (or
 * abandons it uncommitted, to be consumed again) and closes the clients.
 */
public final class GenerationWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GenerationWorker.class);
    private static final Duration BUSY_WAIT = Duration.ofMillis(20);
    private static final Duration IDLE_POLL = Duration.ofMillis(100);
    private static final int MAX_ABORTS_IN_A_ROW = 5;

    private final WorkerConfig config;
    private final GuidedMigration migration;
    private final WorkerMetrics metrics;
    private final AvroSerde<GenerationRequest> requests = AvroSerde.of(GenerationRequest.class);
    private final AvroSerde<MigrationResult> results = AvroSerde.of(MigrationResult.class);
    private final ExecutorService generatorThread;
    private final BatchBuffer buffer;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicLong published = new AtomicLong();
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private volatile Throwable failure;
    private KafkaProducer<byte[], byte[]> producer;
    private InFlightBatch inFlight;
    private int abortsInARow;

    /**
     * A worker that answers with {@code generator}; the caller keeps ownership of the generator and closes it
     * after {@link #close()}.
     */
    public GenerationWorker(final WorkerConfig config, final Generator generator, final MeterRegistry registry) {
        this.config = config;
        this.migration = new GuidedMigration(generator, new PromptBuilder(config.maxHints()), config.strategies(),
                new OutputValidator(ValidationLimits.DEFAULT), config.decoding());
        this.metrics = new WorkerMetrics(registry);
        this.buffer = new BatchBuffer(config.batchSize(), config.batchMaxWait().toNanos());
        this.generatorThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "generation-worker-generator"));
    }

    /** Starts the loop on its own thread; a worker starts once. */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("the worker was already started");
        }
        final Thread loop = new Thread(this::run, "generation-worker");
        loop.start();
    }

    /** Results published (committed) so far. */
    public long publishedResults() {
        return published.get();
    }

    /** The error that stopped the loop, if one did. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Waits until the loop has stopped; true if it did within the timeout. */
    public boolean awaitStopped(final Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the loop (finishing or abandoning the batch in flight) and waits for it; idempotent. */
    @Override
    public void close() {
        stopping.set(true);
        final KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            if (started.get() && !stopped.await(config.shutdownGrace().toMillis() + 30_000L, TimeUnit.MILLISECONDS)) {
                LOG.warn("worker loop did not stop within {} ms", config.shutdownGrace().toMillis() + 30_000L);
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            generatorThread.shutdownNow();
        }
    }

    private void run() {
        try (KafkaProducer<byte[], byte[]> transactional = new KafkaProducer<>(KafkaClients.producer(config))) {
            producer = transactional;
            consumer = new KafkaConsumer<>(KafkaClients.consumer(config));
            try {
                producer.initTransactions();
                consumer.subscribe(List.of(config.kafka().requestsTopic()), new Rebalance());
                while (!stopping.get()) {
                    step();
                }
            } catch (final WakeupException e) {
                if (!stopping.get()) {
                    throw e;
                }
            }
            drain();
        } catch (final RuntimeException | Error e) {
            failure = e;
            LOG.error("worker loop failed; requests in flight were not committed and will be consumed again", e);
        } finally {
            closeConsumer();
            stopped.countDown();
        }
    }

    private void step() {
        if (inFlight != null && inFlight.outcomes().isDone()) {
            complete();
        }
        if (inFlight != null && buffer.isFull()) {
            consumer.pause(consumer.assignment());
        } else if (!consumer.paused().isEmpty()) {
            consumer.resume(consumer.paused());
        }
        final Duration timeout;
        if (inFlight != null) {
            awaitInFlight(BUSY_WAIT);
            timeout = Duration.ZERO;
        } else {
            timeout = Duration.ofNanos(Math.min(IDLE_POLL.toNanos(), buffer.nanosUntilReady(System.nanoTime())));
        }
        final ConsumerRecords<byte[], byte[]> polled = consumer.poll(timeout);
        buffer.add(polled, System.nanoTime());
        metrics.lag(consumer.assignment().stream().mapToLong(tp -> consumer.currentLag(tp).orElse(0L)).sum());
        if (inFlight == null && buffer.isReady(System.nanoTime())) {
            dispatch();
        }
    }

    /** Waits up to {@code wait} for the batch in flight, so that its end is noticed at once. */
    private void awaitInFlight(final Duration wait) {
        try {
            inFlight.outcomes().get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (final TimeoutException | ExecutionException e) {
            // still generating, or failed: the next step publishes or reports it
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void dispatch() {
        final List<BatchBuffer.Pending> records = buffer.take();
        final List<InFlightBatch.Request> decoded = new ArrayList<>(records.size());
        final List<ProducerRecord<byte[], byte[]>> deadLetters = new ArrayList<>();
        for (final BatchBuffer.Pending p : records) {
            try {
                final GenerationRequest request = requests.deserialize(p.record().topic(), p.record().value());
                if (request == null) {
                    throw new SerializationException("record at " + p.partition() + " offset " + p.record().offset()
                            + " has no value (a tombstone), not a GenerationRequest");
                }
                decoded.add(new InFlightBatch.Request(request, p.arrivedNanos()));
            } catch (final RuntimeException e) {
                LOG.warn("sending undecodable record {}@{} to {}: {}", p.partition(), p.record().offset(),
                        config.kafka().dlqTopic(), e.getMessage());
                deadLetters.add(DeadLetters.of(p.record(), config.kafka().dlqTopic(), e));
            }
        }
        final List<MigrationTask> tasks = decoded.stream().map(r -> RequestMapping.toTask(r.request())).toList();
        final CompletableFuture<List<Outcome>> outcomes = tasks.isEmpty()
                ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.supplyAsync(() -> migrateSafely(tasks), generatorThread);
        inFlight = new InFlightBatch(records, decoded, deadLetters, outcomes, System.nanoTime());
    }

    private List<Outcome> migrateSafely(final List<MigrationTask> tasks) {
        try {
            return migration.migrate(tasks);
        } catch (final RuntimeException e) {
            LOG.error("answering a batch of {} requests failed", tasks.size(), e);
            return tasks.stream().map(t -> new Outcome(t.code(), OutcomeStatus.ERROR,
                    "worker failed on the batch: " + e, 0, 0L)).toList();
        }
    }

    /** Publishes the finished batch in flight with its offsets, or rewinds to consume it again. */
    private void complete() {
        final InFlightBatch batch = inFlight;
        inFlight = null;
        if (batch.discarded()) {
            return;
        }
        final List<Outcome> outcomes = batch.outcomes().join();
        final Instant now = Instant.now();
        final long nowNanos = System.nanoTime();
        final List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>(batch.deadLetters());
        for (int i = 0; i < outcomes.size(); i++) {
            final InFlightBatch.Request request = batch.requests().get(i);
            final MigrationResult result = RequestMapping.toResult(request.request(), outcomes.get(i),
                    migration.generatorName(), (nowNanos - request.arrivedNanos()) / 1_000_000L, now);
            out.add(new ProducerRecord<>(config.kafka().resultsTopic(),
                    result.getSnippetId().getBytes(StandardCharsets.UTF_8),
                    results.serialize(config.kafka().resultsTopic(), result)));
        }
        if (publish(batch, out)) {
            record(batch, outcomes, nowNanos);
        }
    }

    private boolean publish(final InFlightBatch batch, final List<ProducerRecord<byte[], byte[]>> out) {
        try {
            producer.beginTransaction();
            out.forEach(producer::send);
            producer.sendOffsetsToTransaction(batch.nextOffsets(), consumer.groupMetadata());
            producer.commitTransaction();
            published.addAndGet(batch.requests().size());
            abortsInARow = 0;
            return true;
        } catch (final ProducerFencedException | OutOfOrderSequenceException | AuthorizationException
                       | UnsupportedVersionException e) {
            throw e;
        } catch (final KafkaException e) {
            LOG.warn("aborting the transaction of a batch of {} records; they will be consumed again: {}",
                    batch.records().size(), describe(e));
            producer.abortTransaction();
            metrics.abortedBatch();
            if (++abortsInARow >= MAX_ABORTS_IN_A_ROW) {
                throw new IllegalStateException("giving up after " + abortsInARow + " aborted transactions in a row"
                        + " (the requests stay unanswered and uncommitted); last error: " + describe(e), e);
            }
            rewind(batch);
            return false;
        }
    }

    private void record(final InFlightBatch batch, final List<Outcome> outcomes, final long nowNanos) {
        final int tokens = outcomes.stream().mapToInt(Outcome::generatedTokens).sum();
        metrics.batch(batch.records().size(), tokens, Duration.ofNanos(nowNanos - batch.startedNanos()));
        for (int i = 0; i < outcomes.size(); i++) {
            metrics.result(outcomes.get(i).status(), (nowNanos - batch.requests().get(i).arrivedNanos()) / 1_000_000L);
        }
        batch.deadLetters().forEach(d -> metrics.deadLetter());
    }

    /** Seeks every assigned partition of the batch and of the buffer back to its earliest unpublished record. */
    private void rewind(final InFlightBatch batch) {
        final Map<TopicPartition, Long> earliest = BatchBuffer.earliestOffsets(batch.records());
        buffer.clear().forEach((tp, offset) -> earliest.merge(tp, offset, Math::min));
        final var assigned = consumer.assignment();
        earliest.forEach((tp, offset) -> {
            if (assigned.contains(tp)) {
                consumer.seek(tp, offset);
            }
        });
    }

    /** On shutdown: publishes the batch in flight if it finishes within the grace, else leaves it uncommitted. */
    private void drain() {
        if (inFlight == null) {
            return;
        }
        try {
            inFlight.outcomes().get(config.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
            complete();
        } catch (final TimeoutException e) {
            LOG.warn("abandoning a batch of {} requests still generating after {} ms; they will be consumed again",
                    inFlight.records().size(), config.shutdownGrace().toMillis());
            inFlight = null;
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            inFlight = null;
        } catch (final ExecutionException e) {
            throw new IllegalStateException("generation failed", e.getCause());
        }
    }

    private static String describe(final Throwable e) {
        final StringBuilder text = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(", caused by ").append(cause);
        }
        return text.toString();
    }

    private void closeConsumer() {
        final KafkaConsumer<byte[], byte[]> current = consumer;
        if (current == null) {
            return;
        }
        try {
            current.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        } catch (final KafkaException e) {
            LOG.debug("closing the consumer: {}", e.toString());
        }
    }

    /** Publishes the batch in flight before partitions go; drops what is buffered for them. */
    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(final Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                return;
            }
            if (inFlight != null) {
                inFlight.outcomes().join();
                complete();
            }
            buffer.drop(partitions);
        }

        @Override
        public void onPartitionsAssigned(final Collection<TopicPartition> partitions) {
            // nothing to do: the loop pauses new partitions too while the buffer is full
        }

        @Override
        public void onPartitionsLost(final Collection<TopicPartition> partitions) {
            if (inFlight != null) {
                inFlight.discard();
            }
            buffer.clear();
        }
    }
}
