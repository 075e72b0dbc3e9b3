package io.apimigrate.topology.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * CPU time of this JVM's threads grouped by role (stream thread, the Streams producers, broker,
 * the bench's own clients), so a flood's cost can be split without a profiler. What the process
 * spent beyond its Java threads (garbage collector, JIT compiler, VM threads) is the last group.
 */
final class ThreadCpu {

    /** Name parts of the in-process broker's threads (request handlers, network, raft, coordinators). */
    private static final String[] BROKER_THREADS = {"data-plane", "raft", "quorum-controller", "Txn",
            "group-coordinator", "kafka-scheduler", "ExpirationReaper", "network-thread", "metadata-loader",
            "LogDirFailureHandler", "ReplicaFetcher", "share-coordinator"};

    private final Map<Long, Long> threadNanos;
    private final Map<Long, String> names;
    private final long processNanos;

    private ThreadCpu(final Map<Long, Long> threadNanos, final Map<Long, String> names, final long processNanos) {
        this.threadNanos = threadNanos;
        this.names = names;
        this.processNanos = processNanos;
    }

    /** The CPU time every live thread and the whole process have used so far. */
    static ThreadCpu now() {
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        final Map<Long, Long> nanos = new HashMap<>();
        final Map<Long, String> names = new HashMap<>();
        for (final ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            final long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu >= 0) {
                nanos.put(info.getThreadId(), cpu);
                names.put(info.getThreadId(), info.getThreadName());
            }
        }
        return new ThreadCpu(nanos, names, ThroughputBench.processCpuNanos());
    }

    /** Microseconds per record of each role between {@code start} and this snapshot, as one line. */
    String perRecordSince(final ThreadCpu start, final int records) {
        final Map<String, Long> byRole = new LinkedHashMap<>();
        for (final String role : new String[] {"stream thread", "streams producers", "broker", "bench clients",
                "other threads"}) {
            byRole.put(role, 0L);
        }
        long javaThreads = 0;
        for (final Map.Entry<Long, Long> thread : threadNanos.entrySet()) {
            final long used = thread.getValue() - start.threadNanos.getOrDefault(thread.getKey(), 0L);
            byRole.merge(role(names.get(thread.getKey())), used, Long::sum);
            javaThreads += used;
        }
        byRole.put("GC+JIT+VM", Math.max(0, processNanos - start.processNanos - javaThreads));
        final StringJoiner line = new StringJoiner(", ", "CPU us/record: ", "");
        byRole.forEach((role, nanos) -> line.add(String.format(Locale.ROOT, "%s %.1f", role,
                nanos / 1_000.0 / records)));
        return line.toString();
    }

    private static String role(final String name) {
        if (name.contains("StreamThread-")) {
            return name.contains("-producer") ? "streams producers" : "stream thread";
        }
        if (name.equals("main") || name.contains("collector") || name.contains("| producer-")) {
            return "bench clients";
        }
        for (final String broker : BROKER_THREADS) {
            if (name.contains(broker)) {
                return "broker";
            }
        }
        return "other threads";
    }
}
