package io.apimigrate.rules.bench;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Snippets per second on one thread through the engine (tokenise, anchor-index lookup, structural
 * match, route, rewrite) with 100, 1,000 and 10,000 synthetic rules, on {@link SnippetMix}
 * snippets of which 30% match. {@code migrate} is what the router does per snippet,
 * {@code rewriteConfident} what {@code fix} does per file. One operation is one snippet. Run with
 * {@code tools/bench/rules_jmh.sh}, not in the test phase.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class RuleEngineBenchmark {

    /** Snippets per invocation; the mix is cycled so every invocation sees the same work. */
    static final int SNIPPETS = 4096;

    @Param({"100", "1000", "10000"})
    private int rules;

    @Param({"0.3"})
    private double matching;

    private MigrationEngine engine;
    private String[] snippets;

    @Setup
    public void setUp() {
        final List<SyntheticRule> set = SyntheticRules.first(rules);
        engine = MigrationEngine.of(SyntheticRules.ruleSet(set), RoutingThresholds.DEFAULT);
        snippets = SnippetMix.generate(set, SNIPPETS, matching, 42L).toArray(new String[0]);
    }

    @Benchmark
    @OperationsPerInvocation(SNIPPETS)
    public void migrate(final Blackhole sink) {
        for (final String snippet : snippets) {
            sink.consume(engine.migrate(snippet));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SNIPPETS)
    public void rewriteConfident(final Blackhole sink) {
        for (final String snippet : snippets) {
            sink.consume(engine.rewriteConfident(snippet));
        }
    }
}
