package io.apimigrate.rules.bench;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.python.PythonLexer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Cross-check of {@link RuleEngineBenchmark} for a shared, busy machine: snippets per second of
 * this thread's CPU time (not wall time, which other processes' load inflates), the rule counts
 * measured in turn, round after round, so that drift hits each alike. Same rules and snippet mix
 * as the JMH benchmark; {@code tokenise} is the lexer alone, the floor under every other figure.
 * Run with {@code tools/bench/rules_bench.sh cpu [ROUNDS [SECONDS]]}.
 */
public final class CpuTimeThroughput {

    private static final int[] COUNTS = {100, 1_000, 10_000};
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimeThroughput() {
    }

    public static void main(final String[] args) {
        final int rounds = Math.max(1, (int) positive(args, 0, "ROUNDS", 5));
        final double seconds = positive(args, 1, "SECONDS", 2.0);
        final List<Workload> workloads = new ArrayList<>();
        for (final int count : COUNTS) {
            final List<SyntheticRule> rules = SyntheticRules.first(count);
            final MigrationEngine engine = MigrationEngine.of(SyntheticRules.ruleSet(rules), RoutingThresholds.DEFAULT);
            final String[] snippets = SnippetMix.generate(rules, RuleEngineBenchmark.SNIPPETS, 0.3, 42L)
                    .toArray(new String[0]);
            workloads.add(new Workload(count + " rules, migrate", snippets, s -> engine.migrate(s)));
            workloads.add(new Workload(count + " rules, rewriteConfident", snippets, s -> engine.rewriteConfident(s)));
        }
        workloads.add(new Workload("tokenise only", workloads.get(0).snippets(), PythonLexer::lex));
        final double[][] rates = new double[workloads.size()][rounds];
        for (int round = -2; round < rounds; round++) {
            for (int w = 0; w < workloads.size(); w++) {
                final double rate = perCpuSecond(workloads.get(w), seconds);
                if (round >= 0) {
                    rates[w][round] = rate;
                }
            }
        }
        System.out.println("| workload | snippets per CPU second, median | min | max |");
        System.out.println("|---|---:|---:|---:|");
        for (int w = 0; w < workloads.size(); w++) {
            final double[] sorted = rates[w].clone();
            Arrays.sort(sorted);
            System.out.printf("| %s | %,.0f | %,.0f | %,.0f |%n", workloads.get(w).name(), sorted[rounds / 2],
                    sorted[0], sorted[rounds - 1]);
        }
    }

    /** Whole passes over the mix until {@code seconds} of this thread's CPU time are spent. */
    private static double perCpuSecond(final Workload workload, final double seconds) {
        final long budget = (long) (seconds * 1e9);
        final long start = THREADS.getCurrentThreadCpuTime();
        long spent;
        long done = 0;
        do {
            for (final String snippet : workload.snippets()) {
                workload.action().accept(snippet);
            }
            done += workload.snippets().length;
            spent = THREADS.getCurrentThreadCpuTime() - start;
        } while (spent < budget);
        return done / (spent / 1e9);
    }

    private static double positive(final String[] args, final int at, final String name, final double fallback) {
        if (args.length <= at) {
            return fallback;
        }
        try {
            final double value = Double.parseDouble(args[at]);
            if (value > 0) {
                return value;
            }
        } catch (final NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " (argument " + (at + 1) + "): '" + args[at]
                + "' is not a positive number");
    }

    /** One thing to measure. */
    private record Workload(String name, String[] snippets, Consumer<String> action) {
    }
}
