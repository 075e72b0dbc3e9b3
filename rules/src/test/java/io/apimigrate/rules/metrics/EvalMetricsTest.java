package io.apimigrate.rules.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.apimigrate.rules.Strategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMetricsTest {

    private static final String OLD = "df = df.append(other)";
    private static final String NEW = "df = pd.concat([df, other])";

    private static CaseOutcome outcome(final String id, final Strategy strategy, final String input,
            final String expected, final String output) {
        return new CaseOutcome(id, strategy, 0.9, input, expected, output, List.of());
    }

    @Test
    void exactMatchIgnoresTrailingWhitespaceAndBlankLines() {
        final MetricsReport r = EvalMetrics.report(List.of(
                outcome("a", Strategy.DIRECT_RULE, OLD, NEW, "\n" + NEW + "   \n\n")));
        assertEquals(1.0, r.metrics().exactMatch());
    }

    @Test
    void averageSimilarityIsTheMeanRatio() {
        final MetricsReport r = EvalMetrics.report(List.of(
                outcome("a", Strategy.DIRECT_RULE, "x", "abcd", "bcde"),
                outcome("b", Strategy.DIRECT_RULE, "x", "abcd", "abcd")));
        assertEquals((0.75 + 1.0) / 2, r.metrics().avgSimilarity());
    }

    @Test
    void similarityComparesOutputWithExpected() {
        final String expected = "x".repeat(199) + "y" + "x".repeat(50);
        final String output = "x".repeat(250);
        final CaseResult c = CaseResult.score(outcome("a", Strategy.DIRECT_RULE, "z", expected, output));
        assertEquals(SequenceMatcher.ratio(output, expected), c.similarity());
    }

    @Test
    void keyApiAccuracyCoversOnlyCasesThatExpectAChange() {
        final MetricsReport r = EvalMetrics.report(List.of(
                outcome("change", Strategy.DIRECT_RULE, OLD, NEW, "df = pd.concat([df, other], sort=False)"),
                outcome("same", Strategy.UNCHANGED, NEW, NEW, "something else")));
        assertEquals(1, r.metrics().keyApiCount());
        assertEquals(1.0, r.metrics().keyApiAccuracy());
    }

    @Test
    void keyApiIsNullForACaseThatExpectsNoChange() {
        assertNull(CaseResult.score(outcome("a", Strategy.UNCHANGED, NEW, NEW, NEW)).keyApi());
    }

    @Test
    void contractRatesOverNoCasesAreZeroOthersNull() {
        final MetricsReport r = EvalMetrics.report(List.of(outcome("same", Strategy.UNCHANGED, NEW, NEW, NEW)));
        assertEquals(0, r.metrics().keyApiCount());
        assertEquals(0.0, r.metrics().keyApiAccuracy());
        assertNull(r.metrics().precision());
    }

    @Test
    void emptyReportHasZeroCountsAndZeroContractRates() {
        final MetricsReport r = EvalMetrics.report(List.of());
        assertEquals(new Scores(0, 0.0, 0.0, 0.0, 0, 0, null, 0, null), r.metrics());
    }

    @Test
    void precisionIsExactMatchesAmongChangedOutputs() {
        final MetricsReport r = EvalMetrics.report(List.of(
                outcome("right", Strategy.DIRECT_RULE, OLD, NEW, NEW),
                outcome("wrong", Strategy.DIRECT_RULE, OLD, NEW, "df = concat(df)"),
                outcome("untouched", Strategy.DIRECT_RULE, OLD, NEW, OLD)));
        assertEquals(2, r.metrics().changedOutputs());
        assertEquals(0.5, r.metrics().precision());
    }

    @Test
    void keptIsTheShareOfNoChangeCasesLeftAlone() {
        final MetricsReport r = EvalMetrics.report(List.of(
                outcome("kept", Strategy.UNCHANGED, NEW, NEW, NEW + "\n"),
                outcome("broken", Strategy.DIRECT_RULE, NEW, NEW, "df = pd.concat(df)"),
                outcome("change", Strategy.DIRECT_RULE, OLD, NEW, NEW)));
        assertEquals(2, r.metrics().noChangeCount());
        assertEquals(0.5, r.metrics().kept());
    }

    @Test
    void contractStrategiesAreAlwaysListedThenOthers() {
        final MetricsReport r = EvalMetrics.report(List.of(
                new CaseOutcome("x", "CUSTOM", 0.1, OLD, NEW, OLD, List.of()),
                outcome("u", Strategy.UNCHANGED, NEW, NEW, NEW)));
        assertEquals(List.of("DIRECT_RULE", "RULE_GUIDED", "LLM_ONLY", "UNCHANGED", "CUSTOM"),
                List.copyOf(r.byStrategy().keySet()));
    }

    @Test
    void strategyScoresCountOnlyTheirCases() {
        final MetricsReport r = EvalMetrics.report(List.of(
                outcome("a", Strategy.DIRECT_RULE, OLD, NEW, NEW),
                outcome("b", Strategy.LLM_ONLY, OLD, NEW, OLD),
                outcome("c", Strategy.LLM_ONLY, OLD, NEW, NEW)));
        assertEquals(2, r.strategy(Strategy.LLM_ONLY).count());
        assertEquals(0.5, r.strategy(Strategy.LLM_ONLY).exactMatch());
        assertEquals(1.0, r.strategy(Strategy.DIRECT_RULE).exactMatch());
    }

    @Test
    void unusedStrategyHasZeroCountAndZeroExactMatchAsInTheContract() {
        final Scores guided = EvalMetrics.report(List.of(outcome("a", Strategy.DIRECT_RULE, OLD, NEW, NEW)))
                .strategy(Strategy.RULE_GUIDED);
        assertEquals(0, guided.count());
        assertEquals(0.0, guided.exactMatch());
    }

    @Test
    void nonFiniteConfidenceIsRejected() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CaseOutcome("c1", Strategy.LLM_ONLY, Double.NaN, OLD, NEW, OLD, List.of()));
        assertEquals("case c1: confidence must be finite, got NaN", e.getMessage());
    }

    @Test
    void jsonHasTheContractShape() {
        final MetricsReport r = EvalMetrics.report(List.of(
                new CaseOutcome("a", Strategy.DIRECT_RULE, 0.97, OLD, NEW, NEW, List.of("r1"))));
        assertEquals("""
                {
                  "count" : 1,
                  "metrics" : {
                    "count" : 1,
                    "exact_match" : 1.0,
                    "avg_similarity" : 1.0,
                    "key_api_accuracy" : 1.0,
                    "key_api_count" : 1,
                    "changed_outputs" : 1,
                    "precision" : 1.0,
                    "no_change_count" : 0,
                    "kept" : null
                  },
                  "by_strategy" : {
                    "DIRECT_RULE" : {
                      "count" : 1,
                      "exact_match" : 1.0,
                      "avg_similarity" : 1.0,
                      "key_api_accuracy" : 1.0,
                      "key_api_count" : 1,
                      "changed_outputs" : 1,
                      "precision" : 1.0,
                      "no_change_count" : 0,
                      "kept" : null
                    },
                    "RULE_GUIDED" : {
                      "count" : 0,
                      "exact_match" : 0.0,
                      "avg_similarity" : 0.0,
                      "key_api_accuracy" : 0.0,
                      "key_api_count" : 0,
                      "changed_outputs" : 0,
                      "precision" : null,
                      "no_change_count" : 0,
                      "kept" : null
                    },
                    "LLM_ONLY" : {
                      "count" : 0,
                      "exact_match" : 0.0,
                      "avg_similarity" : 0.0,
                      "key_api_accuracy" : 0.0,
                      "key_api_count" : 0,
                      "changed_outputs" : 0,
                      "precision" : null,
                      "no_change_count" : 0,
                      "kept" : null
                    }
                  },
                  "cases" : [ {
                    "id" : "a",
                    "strategy" : "DIRECT_RULE",
                    "confidence" : 0.97,
                    "output" : "df = pd.concat([df, other])",
                    "rules" : [ "r1" ],
                    "exact_match" : true,
                    "similarity" : 1.0,
                    "expected_change" : true,
                    "output_changed" : true,
                    "key_api" : true,
                    "input" : "df = df.append(other)",
                    "expected" : "df = pd.concat([df, other])"
                  } ]
                }""", r.toJson());
    }

    @Test
    void writeLeavesTheJsonInTheFile(@TempDir final Path dir) throws Exception {
        final MetricsReport r = EvalMetrics.report(List.of(outcome("a", Strategy.DIRECT_RULE, OLD, NEW, NEW)));
        final Path file = dir.resolve("out/report.json");
        r.write(file);
        assertEquals(r.toJson() + "\n", Files.readString(file));
    }
}
