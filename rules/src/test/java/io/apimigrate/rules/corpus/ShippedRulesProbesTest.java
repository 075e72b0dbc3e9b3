package io.apimigrate.rules.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.examples.ExampleReader;
import io.apimigrate.rules.examples.InputFormatException;
import io.apimigrate.rules.learn.LearnOptions;
import io.apimigrate.rules.learn.Learner;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules learned from the shipped corpus on snippets that name its APIs through other imports:
 * each probe's direct answer is its new code, or, where it equals the old code, there is none
 * (the snippet is left as it was or only guided). The probes are before/after pairs in
 * {@code src/test/resources/probes/shipped_rules.jsonl}.
 */
class ShippedRulesProbesTest {

    private static final Path EXAMPLES = Path.of("..", "data", "examples");
    private static final Path PROBES = Path.of("src", "test", "resources", "probes", "shipped_rules.jsonl");

    private static MigrationEngine engine;

    @BeforeAll
    static void learnShippedRules() throws InputFormatException {
        final List<Example> examples = ExampleReader.read(List.of(EXAMPLES));
        engine = MigrationEngine.of(new Learner(LearnOptions.DEFAULT).learn(examples, n -> { }).rules(),
                RoutingThresholds.DEFAULT);
    }

    static Stream<Arguments> probes() throws InputFormatException {
        return ExampleReader.read(List.of(PROBES)).stream().map(probe -> Arguments.of(probe.id(), probe));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void directAnswerIsTheProbesNewCode(final String id, final Example probe) {
        assertEquals(probe.newCode(), engine.migrate(probe.oldCode()).output(), id);
    }
}
