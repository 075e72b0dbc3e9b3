package io.apimigrate.rules.bench;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.model.RuleSet;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Arrays;

/**
 * Heap held by a compiled engine of N synthetic rules: used heap after full collections, before
 * and after building it, with the rule records alone measured on the way. Run with
 * {@code tools/bench/rules_bench.sh heap [N...]}; a single-threaded serial collector keeps the
 * figures steady.
 */
public final class RuleHeapFootprint {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final double MIB = 1024.0 * 1024.0;

    private RuleHeapFootprint() {
    }

    public static void main(final String[] args) {
        final int[] counts = args.length == 0 ? new int[] {100, 1_000, 10_000}
                : Arrays.stream(args).mapToInt(RuleHeapFootprint::count).toArray();
        System.out.println("| rules | rule records MiB | compiled engine MiB (records included) | bytes per rule | build ms |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (final int count : counts) {
            measure(count);
        }
    }

    private static void measure(final int count) {
        final long empty = usedAfterGc();
        final RuleSet rules = SyntheticRules.ruleSet(SyntheticRules.first(count));
        final long withRules = usedAfterGc();
        final long start = System.nanoTime();
        final MigrationEngine engine = MigrationEngine.of(rules, RoutingThresholds.DEFAULT);
        final long buildNanos = System.nanoTime() - start;
        final long withEngine = usedAfterGc();
        Reference.reachabilityFence(rules);
        Reference.reachabilityFence(engine);
        System.out.printf("| %,d | %.1f | %.1f | %,d | %.0f |%n", count, (withRules - empty) / MIB,
                (withEngine - empty) / MIB, (withEngine - empty) / count, buildNanos / 1e6);
    }

    /** Used heap once full collections stop freeing anything. */
    private static long usedAfterGc() {
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            final long used = MEMORY.getHeapMemoryUsage().getUsed();
            if (used >= previous) {
                return used;
            }
            previous = used;
        }
        return previous;
    }

    private static int count(final String arg) {
        try {
            final int n = Integer.parseInt(arg);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (final NumberFormatException e) {
            throw new IllegalArgumentException("rule count: '" + arg + "' is not a positive integer", e);
        }
    }
}
