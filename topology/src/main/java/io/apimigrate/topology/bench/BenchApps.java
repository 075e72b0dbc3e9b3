package io.apimigrate.topology.bench;

import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.schemas.MigrationRule;
import io.apimigrate.topology.TopologyConfig;
import io.apimigrate.topology.TopologyRunner;
import io.apimigrate.topology.kafka.TempFolders;
import io.apimigrate.topology.rulebook.RulesSeeder;
import io.micrometer.core.instrument.Gauge;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;

/**
 * Starts the applications the throughput bench compares: in the bench's own JVM, or, through
 * {@link #main}, in a JVM of their own, so that the application's heap (-Xmx512m) and garbage
 * collection are its alone and the broker and load generator run beside it as separate processes.
 */
public final class BenchApps {

    /** Printed on stdout by {@link #main} once the application is running (and holds every rule). */
    static final String READY = "READY";
    /** Printed on stdout by {@link #main} once the application has stopped. */
    static final String STOPPED = "STOPPED";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private BenchApps() {
    }

    /** The applications the bench runs. */
    enum Kind {
        PASS_THROUGH("pass-through", "pass"),
        TOPOLOGY("topology", "topo"),
        ENGINE_BASELINE("pass-through+engine", "engine");

        final String label;
        final String prefix;

        Kind(final String label, final String prefix) {
            this.label = label;
            this.prefix = prefix;
        }
    }

    /**
     * Hosts the bench's applications in this JVM, one at a time, as the bench's stdin commands:
     * {@code start <kind> <topic prefix>} (answered {@link #READY} once it runs), {@code stop}
     * (answered {@link #STOPPED}); it exits when stdin ends. Arguments: {@code <bootstrap servers>
     * <rule count>}. The topology's rules must already be on its rule topic.
     */
    public static void main(final String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BenchApps <bootstrap servers> <rule count>, then on stdin: "
                    + "start <" + String.join("|", List.of(Kind.PASS_THROUGH.name(), Kind.TOPOLOGY.name(),
                            Kind.ENGINE_BASELINE.name())) + "> <topic prefix> | stop");
        }
        final RuleSet rules = BenchLoad.rules(Integer.parseInt(args[1]));
        final BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        AutoCloseable app = null;
        try {
            for (String line = commands.readLine(); line != null; line = commands.readLine()) {
                final String[] words = line.trim().split(" ");
                if (words[0].equals("start") && words.length == 3 && app == null) {
                    app = start(Kind.valueOf(words[1]), config(args[0], words[2]), rules);
                    System.out.println(READY);
                } else if (words[0].equals("stop") && app != null) {
                    app.close();
                    app = null;
                    System.out.println(STOPPED);
                } else {
                    throw new IllegalArgumentException("unexpected command '" + line + "'");
                }
                System.out.flush();
            }
        } finally {
            if (app != null) {
                app.close();
            }
        }
    }

    /** The bench's settings for one application: {@code topology.properties} with its own topics and ids. */
    static TopologyConfig config(final String bootstrap, final String prefix) {
        final Properties props = new Properties();
        props.setProperty("bootstrap.servers", bootstrap);
        props.setProperty("application.id", prefix + "app");
        props.setProperty("prometheus.port", "-1");
        for (final String topic : List.of("code.snippets", "guided.generation", "migration.results",
                "migration.metrics", "migration.rules", "code.snippets.dlq")) {
            props.setProperty("topic." + topic, prefix + topic.replace('.', '-'));
        }
        return TopologyConfig.from(props, System.getenv());
    }

    /** Publishes the rules to the configured rule topic. */
    static void publishRules(final String bootstrap, final RuleSet rules, final TopologyConfig config) {
        try (Producer<String, MigrationRule> producer = RulesSeeder.producer(bootstrap)) {
            RulesSeeder.publish(rules, producer, config.topics().rules());
        }
    }

    /**
     * Starts the application on a state folder of its own and waits until it runs; the topology also until its
     * rule book holds every rule. Closing it stops the application and deletes the folder.
     */
    static AutoCloseable start(final Kind kind, final TopologyConfig config, final RuleSet rules) throws Exception {
        final Path stateDir = TempFolders.create("bench-state-", "Kafka Streams state");
        final TopologyConfig withState = config.withStreamsOverrides(Map.of("state.dir", stateDir.toString()));
        final AutoCloseable app;
        try {
            app = switch (kind) {
                case PASS_THROUGH -> startStreams(PassThroughTopology.build(withState.topics()), withState);
                case TOPOLOGY -> startTopology(withState, rules.size());
                case ENGINE_BASELINE -> startStreams(
                        EngineBaselineTopology.build(withState.topics(), rules, withState.thresholds()), withState);
            };
        } catch (final Exception | Error e) {
            TempFolders.deleteQuietly(stateDir);
            throw e;
        }
        return () -> {
            try {
                app.close();
            } finally {
                TempFolders.deleteQuietly(stateDir);
            }
        };
    }

    private static AutoCloseable startTopology(final TopologyConfig config, final int ruleCount) throws Exception {
        final TopologyRunner runner = TopologyRunner.start(config);
        awaitRunning(runner::state);
        final Gauge active = runner.registry().find("apimigrate.rules.active").gauge();
        final long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (active.value() < ruleCount && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if ((long) active.value() != ruleCount) {
            runner.close();
            throw new IllegalStateException(String.format(Locale.ROOT, "rule book: expected %d rules, got %.0f",
                    ruleCount, active.value()));
        }
        return runner::close;
    }

    private static AutoCloseable startStreams(final Topology topology, final TopologyConfig config)
            throws InterruptedException {
        final KafkaStreams streams = new KafkaStreams(topology, config.streamsProperties());
        streams.start();
        awaitRunning(streams::state);
        return streams::close;
    }

    private static void awaitRunning(final Supplier<KafkaStreams.State> state) throws InterruptedException {
        final long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (state.get() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("application not running: " + state.get());
            }
            Thread.sleep(20);
        }
    }
}
