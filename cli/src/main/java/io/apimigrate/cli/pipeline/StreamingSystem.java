package io.apimigrate.cli.pipeline;

import io.apimigrate.rules.model.RuleFormatException;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.schemas.MigrationRule;
import io.apimigrate.topology.TopicProvisioner;
import io.apimigrate.topology.TopologyConfig;
import io.apimigrate.topology.TopologyRunner;
import io.apimigrate.topology.Wiring;
import io.apimigrate.topology.kafka.EmbeddedKafkaBroker;
import io.apimigrate.topology.kafka.TempFolders;
import io.apimigrate.topology.rulebook.RulesSeeder;
import io.apimigrate.worker.WorkerConfig;
import io.apimigrate.worker.generate.Generator;
import io.apimigrate.worker.kafka.GenerationWorker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole streaming system on this machine: the Kafka broker (in-process unless a cluster is given), the
 * topics, the seeded rules, the topology and the inference worker. {@link #close()} stops them in reverse order
 * and deletes the temporary state.
 */
public final class StreamingSystem implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamingSystem.class);

    private final EmbeddedKafkaBroker broker;
    private final TopologyConfig config;
    private final String workerDlqTopic;
    private final Path stateDir;
    private TopologyRunner runner;
    private GenerationWorker worker;

    private StreamingSystem(final EmbeddedKafkaBroker broker, final TopologyConfig config,
            final String workerDlqTopic, final Path stateDir) {
        this.broker = broker;
        this.config = config;
        this.workerDlqTopic = workerDlqTopic;
        this.stateDir = stateDir;
    }

    /**
     * Starts everything; on failure stops what was started and throws.
     *
     * @param bootstrap an existing cluster, or empty for an in-process broker
     * @param base the topology settings (bootstrap servers are replaced)
     * @param workerSettings worker settings (bootstrap servers and topics are filled in)
     * @param rules the rules published to the rule topic before the topology starts
     * @param generator the worker's generator; the caller closes it after this system
     * @param startTimeout how long the topology may take to start
     * @throws IllegalStateException when the broker, the topics or the topology cannot start
     * @throws IllegalArgumentException when a worker setting is invalid
     */
    public static StreamingSystem start(final Optional<String> bootstrap, final TopologyConfig base,
            final Map<String, String> workerSettings, final RuleSet rules, final Generator generator,
            final Duration startTimeout) {
        workerConfig(workerSettings, base);
        final EmbeddedKafkaBroker broker = bootstrap.isPresent() ? null : new EmbeddedKafkaBroker().start();
        final String servers = broker == null ? bootstrap.orElseThrow() : broker.bootstrapServers();
        final Path stateDir = TempFolders.create("apimigrate-streams-", "Kafka Streams state");
        final TopologyConfig config = base.withBootstrapServers(servers)
                .withStreamsOverrides(Map.of("state.dir", stateDir.toString()));
        final WorkerConfig workerConfig = workerConfig(workerSettings, config);
        final StreamingSystem system = new StreamingSystem(broker, config, workerConfig.kafka().dlqTopic(), stateDir);
        try {
            system.createTopics();
            system.seed(rules);
            system.runner = TopologyRunner.start(config, Wiring.production(config.thresholds()));
            if (!system.runner.awaitRunning(startTimeout)) {
                throw new IllegalStateException("the topology did not start within " + startTimeout.toSeconds()
                        + " s (state " + system.runner.state() + ")");
            }
            system.awaitRules(rules.size(), startTimeout);
            system.worker = new GenerationWorker(workerConfig, generator, new SimpleMeterRegistry());
            system.worker.start();
            LOG.info("streaming system running at {}: {} rules, generator {}", servers, rules.size(),
                    generator.name());
            return system;
        } catch (final RuleFormatException e) {
            system.close();
            throw new IllegalStateException("the topology refused its settings: " + e.getMessage(), e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            system.close();
            throw new IllegalStateException("interrupted while starting the streaming system", e);
        } catch (final RuntimeException e) {
            system.close();
            throw e;
        }
    }

    /** The bootstrap servers of the cluster in use. */
    public String bootstrapServers() {
        return config.bootstrapServers();
    }

    /** The topology's settings, topics included. */
    public TopologyConfig config() {
        return config;
    }

    /** The dead-letter topics: the topology's and the worker's. */
    public List<String> deadLetterTopics() {
        return List.of(config.topics().deadLetters(), workerDlqTopic);
    }

    /** The error that stopped the worker or the topology, if one did. */
    public Optional<String> failure() {
        if (worker != null && worker.failure().isPresent()) {
            return Optional.of("the inference worker failed: " + worker.failure().get());
        }
        if (runner != null && runner.state() == KafkaStreams.State.ERROR) {
            return Optional.of("the topology failed (state ERROR)");
        }
        return Optional.empty();
    }

    private static WorkerConfig workerConfig(final Map<String, String> settings, final TopologyConfig config) {
        final Map<String, String> all = new HashMap<>();
        all.put("metrics.port", "-1");
        all.putAll(settings);
        all.put("bootstrap.servers", config.bootstrapServers());
        all.put("topic.requests", config.topics().guided());
        all.put("topic.results", config.topics().results());
        return WorkerConfig.fromProperties(all);
    }

    private void createTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                config.bootstrapServers()))) {
            TopicProvisioner.ensure(admin, config);
            final var existing = admin.listTopics().names().get();
            if (!existing.contains(workerDlqTopic)) {
                admin.createTopics(List.of(new NewTopic(workerDlqTopic, config.topicPartitions(),
                        config.topicReplication()))).all().get();
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (final ExecutionException e) {
            throw new IllegalStateException("cannot create topic " + workerDlqTopic + " at "
                    + config.bootstrapServers() + ": " + e.getCause().getMessage(), e);
        }
    }

    private void seed(final RuleSet rules) {
        try (Producer<String, MigrationRule> producer = RulesSeeder.producer(config.bootstrapServers())) {
            RulesSeeder.publish(rules, producer, config.topics().rules());
        }
    }

    /** Waits until the topology's rule book holds the seeded rules; warns when some never arrive. */
    private void awaitRules(final int count, final Duration timeout) throws InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        double active = 0;
        while (System.nanoTime() < deadline) {
            final Gauge gauge = runner.registry().find("apimigrate.rules.active").gauge();
            active = gauge == null ? count : gauge.value();
            if (active >= count) {
                return;
            }
            Thread.sleep(50);
        }
        LOG.warn("only {} of {} seeded rules are active in the topology; the others were rejected", (long) active,
                count);
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.close();
        }
        if (runner != null) {
            runner.close();
        }
        if (broker != null) {
            broker.close();
        }
        TempFolders.deleteQuietly(stateDir);
    }
}
