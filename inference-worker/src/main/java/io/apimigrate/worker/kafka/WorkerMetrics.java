package io.apimigrate.worker.kafka;

import io.apimigrate.worker.validate.OutcomeStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * The worker's meters (Prometheus names in brackets): batch size ({@code apimigrate_worker_batch_size}),
 * generated tokens and generation time ({@code apimigrate_worker_generated_tokens_total},
 * {@code apimigrate_worker_generation_seconds}; their rates give tokens/s), the last batch's tokens/s
 * ({@code apimigrate_worker_tokens_per_second}), consumer lag ({@code apimigrate_worker_consumer_lag}),
 * results by status ({@code apimigrate_worker_results_total{status}}, validation failures included),
 * request latency ({@code apimigrate_worker_request_latency_seconds}), dead letters and aborted batches.
 */
public final class WorkerMetrics {

    private final DistributionSummary batchSize;
    private final Counter tokens;
    private final Timer generationTime;
    private final Timer latency;
    private final Counter deadLetters;
    private final Counter abortedBatches;
    private final Map<OutcomeStatus, Counter> results = new EnumMap<>(OutcomeStatus.class);
    private final AtomicLong lag = new AtomicLong();
    private final DoubleAdder lastTokensPerSecond = new DoubleAdder();

    /** Registers the meters on {@code registry}. */
    public WorkerMetrics(final MeterRegistry registry) {
        batchSize = DistributionSummary.builder("apimigrate.worker.batch.size")
                .description("Requests per micro-batch").register(registry);
        tokens = Counter.builder("apimigrate.worker.generated.tokens")
                .description("Tokens generated (where the generator reports them)").register(registry);
        generationTime = Timer.builder("apimigrate.worker.generation")
                .description("Generator time per micro-batch").register(registry);
        latency = Timer.builder("apimigrate.worker.request.latency")
                .description("Time from receiving a request to its result being ready")
                .publishPercentileHistogram().register(registry);
        deadLetters = Counter.builder("apimigrate.worker.dead.letters")
                .description("Undecodable requests sent to the dead-letter topic").register(registry);
        abortedBatches = Counter.builder("apimigrate.worker.aborted.batches")
                .description("Batches whose transaction was aborted; their requests are consumed again")
                .register(registry);
        for (final OutcomeStatus status : OutcomeStatus.values()) {
            results.put(status, Counter.builder("apimigrate.worker.results").tag("status", status.name())
                    .description("Results published, by status").register(registry));
        }
        Gauge.builder("apimigrate.worker.consumer.lag", lag, AtomicLong::get)
                .description("Records behind the end of the assigned partitions").register(registry);
        Gauge.builder("apimigrate.worker.tokens.per.second", lastTokensPerSecond, DoubleAdder::sum)
                .description("Generation speed of the last micro-batch").register(registry);
    }

    void batch(final int size, final int generatedTokens, final Duration generation) {
        batchSize.record(size);
        tokens.increment(generatedTokens);
        generationTime.record(generation);
        lastTokensPerSecond.reset();
        if (generatedTokens > 0 && !generation.isZero()) {
            lastTokensPerSecond.add(generatedTokens * 1e9 / generation.toNanos());
        }
    }

    void result(final OutcomeStatus status, final long latencyMillis) {
        results.get(status).increment();
        latency.record(latencyMillis, TimeUnit.MILLISECONDS);
    }

    void deadLetter() {
        deadLetters.increment();
    }

    void abortedBatch() {
        abortedBatches.increment();
    }

    void lag(final long records) {
        lag.set(records);
    }
}
