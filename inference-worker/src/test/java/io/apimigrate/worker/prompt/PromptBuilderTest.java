package io.apimigrate.worker.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.rules.RuleHint;
import io.apimigrate.rules.Strategy;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptBuilderTest {

    private static final String CODE = """
            df = df.append(row, ignore_index=True)
            """;

    private static final RuleHint APPEND = new RuleHint("pandas-append-concat", "pandas", "DataFrame.append",
            "pandas.concat",
            "a = a.append(b)",
            "a = pd.concat([a, b])",
            "df = pd.concat([df, row], ignore_index=True)\n",
            0.72);

    private final PromptBuilder builder = new PromptBuilder();

    private static MigrationTask task(final Strategy route, final List<RuleHint> hints) {
        return new MigrationTask("s1", CODE, "pandas", route, 0.72, hints);
    }

    @Test
    void withRulesShowsEachRulesApiChangeExampleAndProposedRewrite() {
        final Prompt prompt = builder.build(PromptStrategy.WITH_RULES, task(Strategy.RULE_GUIDED, List.of(APPEND)));

        assertEquals("""
                <|im_start|>system
                %s<|im_end|>
                <|im_start|>user
                Migrate this Python code to the current pandas API using the migration rules below.

                Rule 1 (pandas-append-concat, confidence 0.72): `DataFrame.append` is replaced by `pandas.concat`.
                Example before:
                ```python
                a = a.append(b)
                ```
                Example after:
                ```python
                a = pd.concat([a, b])
                ```
                The rule alone would rewrite the code as:
                ```python
                df = pd.concat([df, row], ignore_index=True)
                ```

                Code to migrate:
                ```python
                df = df.append(row, ignore_index=True)
                ```

                Apply the rules where they fit, correct what a proposed rewrite gets wrong, \
                and return the complete migrated code.<|im_end|>
                <|im_start|>assistant
                ```python
                """.formatted(PromptBuilder.SYSTEM), prompt.text());
    }

    @Test
    void basicPromptIsTheCodeAndTheRequestOnly() {
        final Prompt prompt = builder.build(PromptStrategy.BASIC, task(Strategy.RULE_GUIDED, List.of(APPEND)));

        assertTrue(prompt.text().contains("""
                <|im_start|>user
                Migrate this Python code to the current API.

                ```python
                df = df.append(row, ignore_index=True)
                ```
                <|im_end|>"""));
        assertFalse(prompt.text().contains("concat"));
    }

    @Test
    void codeOnlyStrategiesPrefillAnOpeningFenceAndStopAtTheClosingOne() {
        final Prompt prompt = builder.build(PromptStrategy.WITH_CONTEXT, task(Strategy.LLM_ONLY, List.of()));

        assertTrue(prompt.text().endsWith("<|im_start|>assistant\n```python\n"));
        assertEquals("```python\n", prompt.prefill());
        assertEquals(List.of("<|im_end|>", "<|endoftext|>", "```"), prompt.stopStrings());
    }

    @Test
    void chainOfThoughtReasonsFirstAndStopsOnlyAtTheEndOfItsTurn() {
        final Prompt prompt = builder.build(PromptStrategy.CHAIN_OF_THOUGHT, task(Strategy.LLM_ONLY, List.of(APPEND)));

        assertTrue(prompt.text().endsWith("<|im_start|>assistant\n"));
        assertEquals("", prompt.prefill());
        assertEquals(List.of("<|im_end|>", "<|endoftext|>"), prompt.stopStrings());
        assertTrue(prompt.text().contains("think step by step"));
        assertTrue(prompt.text().contains("- `DataFrame.append` -> `pandas.concat`"));
    }

    @Test
    void withContextListsTheCandidateApiChanges() {
        final Prompt prompt = builder.build(PromptStrategy.WITH_CONTEXT, task(Strategy.LLM_ONLY, List.of(APPEND)));

        assertTrue(prompt.text().contains("""
                Possibly relevant API changes:
                - `DataFrame.append` -> `pandas.concat`
                """));
        assertFalse(prompt.text().contains("Example before"));
    }

    @Test
    void withRulesWithoutHintsFallsBackToContext() {
        final Prompt withRules = builder.build(PromptStrategy.WITH_RULES, task(Strategy.LLM_ONLY, List.of()));
        final Prompt withContext = builder.build(PromptStrategy.WITH_CONTEXT, task(Strategy.LLM_ONLY, List.of()));

        assertEquals(withContext.text(), withRules.text());
    }

    @Test
    void showsAtMostMaxHintsRulesBestFirst() {
        final RuleHint second = new RuleHint("r2", "pandas", "DataFrame.ix", "DataFrame.loc", "", "", "", 0.65);
        final RuleHint third = new RuleHint("r3", "pandas", "Series.iteritems", "Series.items", "", "", "", 0.61);

        final Prompt prompt = new PromptBuilder(2).build(PromptStrategy.WITH_RULES,
                task(Strategy.RULE_GUIDED, List.of(APPEND, second, third)));

        assertTrue(prompt.text().contains("Rule 2 (r2"));
        assertFalse(prompt.text().contains("r3"));
    }

    @Test
    void rulesWithoutANewApiAreNotShown() {
        final RuleHint removal = new RuleHint("r-removed", "numpy", "numpy.asscalar", "", "", "", "", 0.7);

        final Prompt prompt = builder.build(PromptStrategy.WITH_RULES, task(Strategy.RULE_GUIDED, List.of(removal)));

        assertFalse(prompt.text().contains("r-removed"));
    }

    @Test
    void missingLibraryFallsBackToTheHintsLibrary() {
        final MigrationTask task = new MigrationTask("s1", CODE, "", Strategy.RULE_GUIDED, 0.7, List.of(APPEND));

        assertTrue(builder.build(PromptStrategy.WITH_CONTEXT, task).text().contains("the current pandas API"));
    }

    @Test
    void strategiesAreSelectedByRoute() {
        assertEquals(PromptStrategy.WITH_RULES, StrategySelection.DEFAULT.forRoute(Strategy.RULE_GUIDED));
        assertEquals(PromptStrategy.WITH_CONTEXT, StrategySelection.DEFAULT.forRoute(Strategy.LLM_ONLY));
    }

    @Test
    void strategyIdsParseAndAnUnknownIdListsTheValidOnes() {
        assertEquals(PromptStrategy.CHAIN_OF_THOUGHT, PromptStrategy.fromId(" Chain_Of_Thought "));
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PromptStrategy.fromId("few_shot"));
        assertEquals("unknown prompt strategy 'few_shot', expected one of basic, with_context, with_rules,"
                + " chain_of_thought", e.getMessage());
    }
}
