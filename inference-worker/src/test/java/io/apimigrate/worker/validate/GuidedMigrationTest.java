package io.apimigrate.worker.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.rules.RuleHint;
import io.apimigrate.rules.Strategy;
import io.apimigrate.worker.generate.FinishReason;
import io.apimigrate.worker.generate.Generation;
import io.apimigrate.worker.generate.GenerationConfig;
import io.apimigrate.worker.generate.Generator;
import io.apimigrate.worker.generate.NoneGenerator;
import io.apimigrate.worker.prompt.MigrationTask;
import io.apimigrate.worker.prompt.PromptBuilder;
import io.apimigrate.worker.prompt.PromptStrategy;
import io.apimigrate.worker.prompt.StrategySelection;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuidedMigrationTest {

    private static final String BEFORE = """
            x = np.float(v)
            """;
    private static final String AFTER = """
            x = np.float64(v)
            """;
    private static final RuleHint FLOAT = new RuleHint("numpy-float", "numpy", "numpy.float", "numpy.float64",
            "np.float(a)", "np.float64(a)", AFTER, 0.7);
    private static final MigrationTask GUIDED =
            new MigrationTask("s1", BEFORE, "numpy", Strategy.RULE_GUIDED, 0.7, List.of(FLOAT));

    private static GuidedMigration migration(final Generator generator) {
        return migration(generator, StrategySelection.DEFAULT);
    }

    private static GuidedMigration migration(final Generator generator, final StrategySelection selection) {
        return new GuidedMigration(generator, new PromptBuilder(), selection,
                new OutputValidator(ValidationLimits.DEFAULT), GenerationConfig.greedy(64));
    }

    @Test
    void aValidReplyIsTheAnswerWithTheInputsTrailingNewline() {
        final List<Outcome> outcomes = migration(FakeGenerator.replying(p -> "x = np.float64(v)\n"))
                .migrate(List.of(GUIDED));

        assertEquals(List.of(new Outcome(AFTER, OutcomeStatus.MIGRATED, "", 3, 5L)), outcomes);
    }

    @Test
    void anEchoFallsBackToTheInputMarkedInvalid() {
        final Outcome outcome = migration(FakeGenerator.replying(p -> "x = np.float(v)\n"))
                .migrate(List.of(GUIDED)).get(0);

        assertEquals(BEFORE, outcome.code());
        assertEquals(OutcomeStatus.ECHO, outcome.status());
        assertFalse(outcome.valid());
    }

    @Test
    void theNoneGeneratorLeavesEveryInputUnresolved() {
        final Outcome outcome = migration(new NoneGenerator()).migrate(List.of(GUIDED)).get(0);

        assertEquals(new Outcome(BEFORE, OutcomeStatus.UNRESOLVED, "no generator configured", 0, 0L), outcome);
    }

    @Test
    void aFailingGeneratorAnswersEveryTaskWithAnError() {
        final Outcome outcome = migration(FakeGenerator.generating(p -> {
            throw new IllegalStateException("out of memory");
        })).migrate(List.of(GUIDED, GUIDED)).get(1);

        assertEquals(BEFORE, outcome.code());
        assertEquals(OutcomeStatus.ERROR, outcome.status());
        assertEquals("generator fake:scripted failed: java.lang.IllegalStateException: out of memory",
                outcome.detail());
    }

    @Test
    void aGenerationErrorKeepsItsMessage() {
        final Outcome outcome = migration(FakeGenerator.generating(p -> new Generation("", List.of(),
                FinishReason.ERROR, 0, 1L, "POST http://x/v1/completions answered 500"))).migrate(List.of(GUIDED)).get(0);

        assertEquals(new Outcome(BEFORE, OutcomeStatus.ERROR, "POST http://x/v1/completions answered 500", 0, 1L),
                outcome);
    }

    @Test
    void aTimeLimitIsATimeout() {
        final Outcome outcome = migration(FakeGenerator.generating(p -> new Generation("x = np.fl", List.of(1),
                FinishReason.TIME_LIMIT, 0, 60_000L, ""))).migrate(List.of(GUIDED)).get(0);

        assertEquals(OutcomeStatus.TIMEOUT, outcome.status());
        assertEquals(BEFORE, outcome.code());
    }

    @Test
    void aReplyCutByTheTokenBudgetIsInvalid() {
        final Outcome outcome = migration(FakeGenerator.generating(p -> new Generation("x = np.float64(v)", List.of(1),
                FinishReason.MAX_TOKENS, 0, 1L, ""))).migrate(List.of(GUIDED)).get(0);

        assertEquals(new Outcome(BEFORE, OutcomeStatus.INVALID_OUTPUT,
                "reply was cut at the limit of 64 new tokens before its code ended", 1, 1L), outcome);
    }

    @Test
    void aTaskPerRouteIsPromptedWithItsStrategyAndStopStrings() {
        final FakeGenerator generator = FakeGenerator.replying(p -> p.contains("step by step")
                ? "Use float64.\n```python\nx = np.float64(v)\n```" : "x = np.float64(v)\n");
        final MigrationTask llmOnly = new MigrationTask("s2", BEFORE, "numpy", Strategy.LLM_ONLY, 0.2, List.of());

        final List<Outcome> outcomes = migration(generator,
                new StrategySelection(PromptStrategy.WITH_RULES, PromptStrategy.CHAIN_OF_THOUGHT))
                .migrate(List.of(llmOnly, GUIDED));

        assertEquals(List.of(OutcomeStatus.MIGRATED, OutcomeStatus.MIGRATED),
                outcomes.stream().map(Outcome::status).toList());
        assertEquals(2, generator.batches().size());
        assertTrue(generator.configs().get(0).stopStrings().contains("```"));
        assertFalse(generator.configs().get(1).stopStrings().contains("```"));
    }

    @Test
    void aGeneratorReturningTooFewGenerationsIsAnError() {
        final FakeGenerator generator = FakeGenerator.replying(p -> "y = 1");
        final Generator broken = new Generator() {
            @Override
            public List<Generation> generate(final List<String> prompts, final GenerationConfig config) {
                return generator.generate(prompts.subList(0, 1), config);
            }

            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void close() {
                generator.close();
            }
        };

        final List<Outcome> outcomes = migration(broken).migrate(List.of(GUIDED, GUIDED));

        assertEquals("generator broken returned 1 generations for 2 prompts", outcomes.get(0).detail());
        assertEquals(OutcomeStatus.ERROR, outcomes.get(1).status());
    }
}
