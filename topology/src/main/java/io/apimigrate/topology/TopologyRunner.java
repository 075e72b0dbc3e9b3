package io.apimigrate.topology;

import io.apimigrate.rules.model.RuleFormatException;
import io.apimigrate.topology.metrics.AppMetrics;
import io.apimigrate.topology.metrics.PrometheusEndpoint;
import io.apimigrate.topology.rulebook.RulesSeeder;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running topology application: topics ensured, rules seeded, Kafka Streams started, the
 * Prometheus endpoint serving. Used by the main class and by the command line's embedded mode.
 */
public final class TopologyRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TopologyRunner.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaStreams streams;
    private final KafkaStreamsMetrics streamsMetrics;
    private final PrometheusMeterRegistry registry;
    private final Optional<PrometheusEndpoint> endpoint;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private TopologyRunner(final TopologyConfig config, final Wiring wiring) {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        final AppMetrics metrics = new AppMetrics(registry);
        streams = new KafkaStreams(RouterTopology.build(config, metrics, wiring), config.streamsProperties());
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread failed, shutting the application down", e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setStateListener((now, before) -> {
            LOG.info("topology state {} -> {}", before, now);
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
        streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        try {
            endpoint = config.prometheusPort() < 0
                    ? Optional.empty()
                    : Optional.of(PrometheusEndpoint.start(registry, config.prometheusPort()));
        } catch (final RuntimeException e) {
            streamsMetrics.close();
            streams.close(CLOSE_TIMEOUT);
            throw e;
        }
    }

    /** Starts the application with the real engine. */
    public static TopologyRunner start(final TopologyConfig config) throws RuleFormatException {
        return start(config, Wiring.production(config.thresholds()));
    }

    /**
     * Creates missing topics (when configured), publishes the seed rules (when configured),
     * then starts the topology.
     *
     * @throws RuleFormatException when the seed rules.json is invalid (nothing is started then)
     */
    public static TopologyRunner start(final TopologyConfig config, final Wiring wiring) throws RuleFormatException {
        if (config.createTopics()) {
            try (Admin admin = Admin.create(adminProps(config))) {
                LOG.info("created topics {}", TopicProvisioner.ensure(admin, config));
            }
        }
        if (config.rulesSeed().isPresent()) {
            final Path seed = config.rulesSeed().get();
            final int count = RulesSeeder.publish(seed, config.bootstrapServers(), config.topics().rules());
            LOG.info("published {} rules from {} to {}", count, seed, config.topics().rules());
        }
        final TopologyRunner runner = new TopologyRunner(config, wiring);
        runner.streams.start();
        runner.endpoint.ifPresent(e -> LOG.info("Prometheus metrics at http://localhost:{}/metrics", e.port()));
        return runner;
    }

    /** The Kafka Streams state. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Waits until the topology runs; false when it did not within the timeout. */
    public boolean awaitRunning(final Duration timeout) throws InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline || stopped.getCount() == 0) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Waits until the topology stopped by itself (error) or was closed. */
    public boolean awaitStopped(final Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The port of the Prometheus endpoint, when one is served. */
    public Optional<Integer> prometheusPort() {
        return endpoint.map(PrometheusEndpoint::port);
    }

    /** The registry holding the Kafka Streams metrics and the application's counters. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        streams.close(CLOSE_TIMEOUT);
        streamsMetrics.close();
        endpoint.ifPresent(PrometheusEndpoint::close);
        registry.close();
        stopped.countDown();
    }

    private static Properties adminProps(final TopologyConfig config) {
        final Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        return props;
    }
}
