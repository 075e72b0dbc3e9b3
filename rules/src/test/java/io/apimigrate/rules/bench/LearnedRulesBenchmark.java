package io.apimigrate.rules.bench;

import io.apimigrate.rules.Decision;
import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.examples.ExampleReader;
import io.apimigrate.rules.examples.InputFormatException;
import io.apimigrate.rules.learn.LearnOptions;
import io.apimigrate.rules.learn.Learner;
import io.apimigrate.rules.model.RuleSet;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Snippets per second on one thread with the rules learned from {@code data/examples}, on the
 * examples' own {@code old_code}, in turn. The folder is read from the system
 * property {@code apimigrate.examples}, default {@code data/examples} under the working directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class LearnedRulesBenchmark {

    private MigrationEngine engine;
    private String[] snippets;
    private int next;

    @Setup
    public void setUp() throws InputFormatException {
        final Path folder = Path.of(System.getProperty("apimigrate.examples", "data/examples"));
        final List<Example> examples = ExampleReader.read(List.of(folder));
        if (examples.isEmpty()) {
            throw new IllegalStateException(folder.toAbsolutePath() + ": no examples");
        }
        final RuleSet rules = new Learner(LearnOptions.DEFAULT).learn(examples, done -> { }).rules();
        engine = MigrationEngine.of(rules, RoutingThresholds.DEFAULT);
        snippets = examples.stream().map(Example::oldCode).toArray(String[]::new);
        System.out.printf("%n%d rules learned from %d examples in %s%n", rules.size(), examples.size(), folder);
    }

    /** One snippet per operation, the examples in turn. */
    @Benchmark
    public Decision migrate() {
        final String snippet = snippets[next];
        next = next + 1 == snippets.length ? 0 : next + 1;
        return engine.migrate(snippet);
    }
}
