package io.apimigrate.topology.bench;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.Migrator;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.serde.AvroSerde;
import io.apimigrate.topology.TopicProvisioner;
import io.apimigrate.topology.TopologyConfig;
import io.apimigrate.topology.kafka.EmbeddedKafkaBroker;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * End-to-end throughput and latency of the router topology against a pass-through Streams
 * application with the same settings and topics, through a real broker in this JVM. Each round
 * runs both applications on fresh topics: a flood of snippets (throughput, and latency under
 * saturation) then a paced load (latency at a fixed rate). With {@code --engine-baseline 1} each
 * round also runs {@link EngineBaselineTopology} (the pass-through plus snippet decoding and the
 * rule engine) after the two, on its own topics. Run with {@code -Xmx512m}:
 *
 * <pre>java -Xmx512m -cp ... io.apimigrate.topology.bench.ThroughputBench
 *     [--rules 1000] [--records 50000] [--rounds 3] [--rate 1000] [--paced-seconds 10] [--engine-baseline 0]
 *     [--app-jvm 0]</pre>
 *
 * With {@code --app-jvm 1} each kind of application runs in a JVM of its own ({@link ChildApp},
 * -Xmx512m, kept across rounds so that it warms up), this JVM holding only the broker, the load
 * generator and the collector; the CPU figures then add the application's process to this one.
 */
public final class ThroughputBench {

    private static final Duration RESULT_TIMEOUT = Duration.ofMinutes(5);

    private final EmbeddedKafkaBroker broker;
    private final Options options;
    private final RuleSet rules;
    /** With {@code --app-jvm 1}: the JVM that hosts each kind of application, kept across rounds. */
    private final Map<BenchApps.Kind, ChildApp> hosts = new EnumMap<>(BenchApps.Kind.class);

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
            try {
                for (int round = 1; round <= options.rounds(); round++) {
                    rows.add(bench.run(round, BenchApps.Kind.PASS_THROUGH));
                    rows.add(bench.run(round, BenchApps.Kind.TOPOLOGY));
                    if (options.engineBaseline()) {
                        baselines.add(bench.run(round, BenchApps.Kind.ENGINE_BASELINE));
                    }
                }
            } finally {
                bench.hosts.values().forEach(ChildApp::close);
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
    private Row run(final int round, final BenchApps.Kind kind) throws Exception {
        final String name = kind.label;
        final String prefix = "r" + round + "-" + kind.prefix + "-";
        final TopologyConfig config = BenchApps.config(broker.bootstrapServers(), prefix);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            TopicProvisioner.ensure(admin, config);
        }
        final List<byte[]> flood = BenchLoad.snippets(options.records(), options.rules(), prefix + "f", round);
        final List<byte[]> paced = BenchLoad.snippets(options.rate() * options.pacedSeconds(), options.rules(),
                prefix + "p", round + 1000L);
        final List<String> outputs = List.of(
                config.topics().results(), config.topics().guided(), config.topics().deadLetters());
        try (App app = start(kind, config, prefix);
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
                final long cpuStart = processCpuNanos() + app.cpuNanos();
                final long gcStart = gcMillis();
                final long allocatedStart = allocatedByAllThreads();
                final long jitStart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
                final ThreadCpu threadsStart = ThreadCpu.now();
                final long appCpuStart = app.cpuNanos();
                send(producer, config.topics().snippets(), prefix + "f", flood, 0);
                check(collector.await(RESULT_TIMEOUT), flood.size(), name);
                final long cpu = processCpuNanos() + app.cpuNanos() - cpuStart;
                final long wallMs = Math.max(1, System.currentTimeMillis() - start);
                perSecond = flood.size() * 1000.0 / Math.max(1, collector.lastArrivalMs() - start);
                floodCpuMicros = cpu / 1_000.0 / flood.size();
                floodCores = cpu / 1e6 / wallMs;
                System.out.printf(Locale.ROOT, "  %s round %d flood: allocated %.1f KB/record, GC %d ms, JIT %d ms, "
                        + "CPU %.0f ms, wall %d ms%n", name, round,
                        (allocatedByAllThreads() - allocatedStart) / 1024.0 / flood.size(), gcMillis() - gcStart,
                        ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitStart, cpu / 1e6, wallMs);
                System.out.println("    " + ThreadCpu.now().perRecordSince(threadsStart, flood.size())
                        + (options.appJvm() ? String.format(Locale.ROOT, ", application JVM %.1f",
                                (app.cpuNanos() - appCpuStart) / 1_000.0 / flood.size()) : ""));
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

    /** Starts the application in this JVM, or with {@code --app-jvm 1} in a JVM of its own. */
    private App start(final BenchApps.Kind kind, final TopologyConfig config, final String prefix) throws Exception {
        if (kind == BenchApps.Kind.TOPOLOGY) {
            BenchApps.publishRules(broker.bootstrapServers(), rules, config);
        }
        if (!options.appJvm()) {
            final AutoCloseable app = BenchApps.start(kind, config, rules);
            return new App() {
                @Override
                public long cpuNanos() {
                    return 0;
                }

                @Override
                public void close() {
                    try {
                        app.close();
                    } catch (final Exception e) {
                        throw new IllegalStateException("closing " + kind.label, e);
                    }
                }
            };
        }
        if (!hosts.containsKey(kind)) {
            hosts.put(kind, ChildApp.launch(broker.bootstrapServers(), options.rules()));
        }
        return hosts.get(kind).start(kind, prefix);
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
    interface App extends AutoCloseable {
        /** CPU time its own process has used, or 0 when it runs in the bench's JVM (counted there). */
        long cpuNanos();

        @Override
        void close();
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

    private record Options(int rules, int records, int rounds, int rate, int pacedSeconds, boolean engineBaseline,
            boolean appJvm) {

        static Options parse(final String[] args) {
            final Map<String, Integer> values = new HashMap<>(Map.of(
                    "--rules", 1000, "--records", 50_000, "--rounds", 3, "--rate", 1000, "--paced-seconds", 10,
                    "--engine-baseline", 0, "--app-jvm", 0));
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
                    values.get("--rate"), values.get("--paced-seconds"), values.get("--engine-baseline") != 0,
                    values.get("--app-jvm") != 0);
        }
    }
}
