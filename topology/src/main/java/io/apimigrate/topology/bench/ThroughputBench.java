package io.apimigrate.topology.bench;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.Migrator;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.MigrationRule;
import io.apimigrate.schemas.serde.AvroSerde;
import io.apimigrate.topology.TopicProvisioner;
import io.apimigrate.topology.TopologyConfig;
import io.apimigrate.topology.TopologyRunner;
import io.apimigrate.topology.kafka.EmbeddedKafkaBroker;
import io.apimigrate.topology.rulebook.RulesSeeder;
import io.micrometer.core.instrument.Gauge;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;

/**
 * End-to-end throughput and latency of the router topology against a pass-through Streams
 * application with the same settings and topics, through a real broker in this JVM. Each round
 * runs both applications on fresh topics: a flood of snippets (throughput, and latency under
 * saturation) then a paced load (latency at a fixed rate). With {@code --engine-baseline 1} each
 * round also runs {@link EngineBaselineTopology} (the pass-through plus snippet decoding and the
 * rule engine) after the two, on its own topics. Run with {@code -Xmx512m}:
 *
 * <pre>java -Xmx512m -cp ... io.apimigrate.topology.bench.ThroughputBench
 *     [--rules 1000] [--records 50000] [--rounds 3] [--rate 1000] [--paced-seconds 10] [--engine-baseline 0]</pre>
 */
public final class ThroughputBench {

    private static final Duration RESULT_TIMEOUT = Duration.ofMinutes(5);

    private final EmbeddedKafkaBroker broker;
    private final Options options;
    private final RuleSet rules;

    private ThroughputBench(final EmbeddedKafkaBroker broker, final Options options) {
        this.broker = broker;
        this.options = options;
        this.rules = BenchLoad.rules(options.rules());
    }

    public static void main(final String[] args) throws Exception {
        final Options options = Options.parse(args);
        System.out.printf(Locale.ROOT, "max heap %d MiB, %d cores, %s%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), options);
        HeapPeak.start();
        final List<Row> rows = new ArrayList<>();
        final List<Row> baselines = new ArrayList<>();
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker().start()) {
            final ThroughputBench bench = new ThroughputBench(broker, options);
            for (int round = 1; round <= options.rounds(); round++) {
                rows.add(bench.run(round, App.Kind.PASS_THROUGH));
                rows.add(bench.run(round, App.Kind.TOPOLOGY));
                if (options.engineBaseline()) {
                    baselines.add(bench.run(round, App.Kind.ENGINE_BASELINE));
                }
            }
        }
        System.out.println();
        System.out.println("| round | application | flood records/s | flood p50 ms | flood p99 ms "
                + "| paced p50 ms | paced p99 ms | duplicates | flood CPU us/record (whole JVM) | cores busy |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(row -> System.out.println(row.markdown()));
        baselines.forEach(row -> System.out.println(row.markdown()));
        for (int i = 0; i + 1 < rows.size(); i += 2) {
            System.out.printf(Locale.ROOT, "round %d: topology / pass-through throughput = %.2f%n",
                    rows.get(i).round(), rows.get(i + 1).recordsPerSecond() / rows.get(i).recordsPerSecond());
        }
        for (int i = 0; i < baselines.size(); i++) {
            System.out.printf(Locale.ROOT, "round %d: pass-through+engine / pass-through throughput = %.2f%n",
                    baselines.get(i).round(), baselines.get(i).recordsPerSecond() / rows.get(2 * i).recordsPerSecond());
        }
        System.out.printf(Locale.ROOT, "peak heap used %d MiB of %d MiB%n", HeapPeak.mebibytes(),
                Runtime.getRuntime().maxMemory() >> 20);
        final EngineCost engine = engineCost(options);
        System.out.printf(Locale.ROOT, "rule engine alone, same snippets, one thread: %.1f us and %d bytes allocated"
                + " per snippet%n", engine.micros(), engine.bytes());
    }

    /** Mean time and allocation of one migrate call; bytes are -1 where the JVM does not count them. */
    private record EngineCost(double micros, long bytes) {
    }

    /** The engine's migrate over the flood snippets, measured on the second of two passes. */
    private static EngineCost engineCost(final Options options) {
        final Migrator engine = MigrationEngine.of(BenchLoad.rules(options.rules()), RoutingThresholds.DEFAULT);
        final AvroSerde<CodeSnippet> serde = AvroSerde.of(CodeSnippet.class);
        final List<String> codes = BenchLoad.snippets(options.records(), options.rules(), "e", 1).stream()
                .map(bytes -> serde.deserialize("bench", bytes).getCode()).toList();
        final boolean counted = ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean;
        long elapsed = 0;
        long allocated = -1;
        for (int pass = 0; pass < 2; pass++) {
            final long bytesBefore = counted ? allocatedBytes() : 0;
            final long start = System.nanoTime();
            codes.forEach(engine::migrate);
            elapsed = System.nanoTime() - start;
            allocated = counted ? allocatedBytes() - bytesBefore : -1;
        }
        return new EngineCost(elapsed / 1_000.0 / codes.size(), allocated < 0 ? -1 : allocated / codes.size());
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @SuppressWarnings("try") // the application only has to run while the load flows
    private Row run(final int round, final App.Kind kind) throws Exception {
        final String name = kind.label;
        final String prefix = "r" + round + "-" + kind.prefix + "-";
        final TopologyConfig config = config(prefix);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            TopicProvisioner.ensure(admin, config);
        }
        final List<byte[]> flood = BenchLoad.snippets(options.records(), options.rules(), prefix + "f", round);
        final List<byte[]> paced = BenchLoad.snippets(options.rate() * options.pacedSeconds(), options.rules(),
                prefix + "p", round + 1000L);
        final List<String> outputs = List.of(
                config.topics().results(), config.topics().guided(), config.topics().deadLetters());
        try (App app = start(kind, config);
                Producer<String, byte[]> producer = producer()) {
            final double perSecond;
            final double floodCpuMicros;
            final double floodCores;
            final long floodP50;
            final long floodP99;
            long duplicates;
            try (ResultCollector collector = ResultCollector.start(broker.bootstrapServers(), outputs,
                    prefix + "f", flood.size())) {
                final long start = System.currentTimeMillis();
                final long cpuStart = processCpuNanos();
                final long gcStart = gcMillis();
                final long allocatedStart = allocatedByAllThreads();
                final long jitStart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
                final ThreadCpu threadsStart = ThreadCpu.now();
                send(producer, config.topics().snippets(), prefix + "f", flood, 0);
                check(collector.await(RESULT_TIMEOUT), flood.size(), name);
                final long cpu = processCpuNanos() - cpuStart;
                final long wallMs = Math.max(1, System.currentTimeMillis() - start);
                perSecond = flood.size() * 1000.0 / Math.max(1, collector.lastArrivalMs() - start);
                floodCpuMicros = cpu / 1_000.0 / flood.size();
                floodCores = cpu / 1e6 / wallMs;
                System.out.printf(Locale.ROOT, "  %s round %d flood: allocated %.1f KB/record, GC %d ms, JIT %d ms, "
                        + "CPU %.0f ms, wall %d ms%n", name, round,
                        (allocatedByAllThreads() - allocatedStart) / 1024.0 / flood.size(), gcMillis() - gcStart,
                        ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitStart, cpu / 1e6, wallMs);
                System.out.println("    " + ThreadCpu.now().perRecordSince(threadsStart, flood.size()));
                floodP50 = collector.percentileMs(50);
                floodP99 = collector.percentileMs(99);
                duplicates = collector.duplicates();
            }
            try (ResultCollector collector = ResultCollector.start(broker.bootstrapServers(), outputs,
                    prefix + "p", paced.size())) {
                send(producer, config.topics().snippets(), prefix + "p", paced, options.rate());
                check(collector.await(RESULT_TIMEOUT), paced.size(), name);
                duplicates += collector.duplicates();
                final Row row = new Row(round, name, perSecond, floodP50, floodP99, collector.percentileMs(50),
                        collector.percentileMs(99), duplicates, floodCpuMicros, floodCores);
                System.out.println(row.markdown());
                return row;
            }
        }
    }

    private TopologyConfig config(final String prefix) throws IOException {
        final Properties props = new Properties();
        props.setProperty("bootstrap.servers", broker.bootstrapServers());
        props.setProperty("application.id", prefix + "app");
        props.setProperty("prometheus.port", "-1");
        props.setProperty("streams.state.dir", Files.createTempDirectory("bench-state-").toString());
        for (final String topic : List.of("code.snippets", "guided.generation", "migration.results",
                "migration.metrics", "migration.rules", "code.snippets.dlq")) {
            props.setProperty("topic." + topic, prefix + topic.replace('.', '-'));
        }
        return TopologyConfig.from(props, System.getenv());
    }

    private App startTopology(final TopologyConfig config) throws Exception {
        try (Producer<String, MigrationRule> ruleProducer = RulesSeeder.producer(broker.bootstrapServers())) {
            RulesSeeder.publish(rules, ruleProducer, config.topics().rules());
        }
        final TopologyRunner runner = TopologyRunner.start(config);
        awaitRunning(runner::state);
        final Gauge active = runner.registry().find("apimigrate.rules.active").gauge();
        final long deadline = System.nanoTime() + RESULT_TIMEOUT.toNanos();
        while (active.value() < rules.size() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        check((long) active.value(), rules.size(), "rule book");
        return runner::close;
    }

    private App start(final App.Kind kind, final TopologyConfig config) throws Exception {
        return switch (kind) {
            case PASS_THROUGH -> startStreams(PassThroughTopology.build(config.topics()), config);
            case TOPOLOGY -> startTopology(config);
            case ENGINE_BASELINE -> startStreams(
                    EngineBaselineTopology.build(config.topics(), rules, config.thresholds()), config);
        };
    }

    private App startStreams(final Topology topology, final TopologyConfig config) throws InterruptedException {
        final KafkaStreams streams = new KafkaStreams(topology, config.streamsProperties());
        streams.start();
        awaitRunning(streams::state);
        return streams::close;
    }

    private static void awaitRunning(final java.util.function.Supplier<KafkaStreams.State> state)
            throws InterruptedException {
        final long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (state.get() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("application not running: " + state.get());
            }
            Thread.sleep(20);
        }
    }

    private Producer<String, byte[]> producer() {
        final Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, "65536");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends every value, keyed {@code <prefix><i>}; at {@code perSecond} records a second, or at once when 0. */
    private static void send(final Producer<String, byte[]> producer, final String topic, final String prefix,
            final List<byte[]> values, final int perSecond) {
        final long start = System.nanoTime();
        for (int i = 0; i < values.size(); i++) {
            if (perSecond > 0) {
                final long due = start + i * 1_000_000_000L / perSecond;
                LockSupport.parkNanos(due - System.nanoTime());
            }
            producer.send(new ProducerRecord<>(topic, prefix + i, values.get(i)));
        }
        producer.flush();
    }

    private static void check(final long got, final long expected, final String what) {
        if (got != expected) {
            throw new IllegalStateException(what + ": expected " + expected + " records, got " + got);
        }
    }

    /**
     * Samples the heap in use every 10 ms on a daemon thread and keeps the highest figure (the
     * pools' own peaks cannot be added up: they peak at different times).
     */
    private static final class HeapPeak {
        private static volatile long peakBytes;

        static void start() {
            final Thread sampler = new Thread(() -> {
                while (true) {
                    peakBytes = Math.max(peakBytes, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    LockSupport.parkNanos(10_000_000L);
                }
            }, "heap-peak-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        static long mebibytes() {
            return peakBytes >> 20;
        }
    }

    /** A running application the bench stops. */
    private interface App extends AutoCloseable {
        @Override
        void close();

        /** The applications the bench runs. */
        enum Kind {
            PASS_THROUGH("pass-through", "pass"),
            TOPOLOGY("topology", "topo"),
            ENGINE_BASELINE("pass-through+engine", "engine");

            private final String label;
            private final String prefix;

            Kind(final String label, final String prefix) {
                this.label = label;
                this.prefix = prefix;
            }
        }
    }

    /**
     * One application's round. {@code floodCpuMicros} is the CPU time of the whole JVM (broker,
     * producer and collector included) per flood record; {@code floodCores} how many cores it kept
     * busy on average while the flood ran.
     */
    private record Row(int round, String application, double recordsPerSecond, long floodP50, long floodP99,
            long pacedP50, long pacedP99, long duplicates, double floodCpuMicros, double floodCores) {

        String markdown() {
            return String.format(Locale.ROOT, "| %d | %s | %.0f | %d | %d | %d | %d | %d | %.1f | %.2f |", round,
                    application, recordsPerSecond, floodP50, floodP99, pacedP50, pacedP99, duplicates, floodCpuMicros,
                    floodCores);
        }
    }

    /** Bytes allocated so far by the JVM's live threads (threads that ended are not counted). */
    private static long allocatedByAllThreads() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)) {
            return 0;
        }
        long total = 0;
        for (final long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(0, bytes);
        }
        return total;
    }

    private static long gcMillis() {
        long total = 0;
        for (final var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** CPU time of this JVM, every thread, or 0 where the platform does not say. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private record Options(int rules, int records, int rounds, int rate, int pacedSeconds, boolean engineBaseline) {

        static Options parse(final String[] args) {
            final Map<String, Integer> values = new HashMap<>(Map.of(
                    "--rules", 1000, "--records", 50_000, "--rounds", 3, "--rate", 1000, "--paced-seconds", 10,
                    "--engine-baseline", 0));
            for (int i = 0; i < args.length; i += 2) {
                if (!values.containsKey(args[i]) || i + 1 >= args.length) {
                    throw new IllegalArgumentException("unknown or incomplete option '" + args[i]
                            + "'; options: " + values.keySet());
                }
                try {
                    values.put(args[i], Integer.parseInt(args[i + 1]));
                } catch (final NumberFormatException e) {
                    throw new IllegalArgumentException(args[i] + ": not an integer: '" + args[i + 1] + "'", e);
                }
            }
            return new Options(values.get("--rules"), values.get("--records"), values.get("--rounds"),
                    values.get("--rate"), values.get("--paced-seconds"), values.get("--engine-baseline") != 0);
        }
    }
}
