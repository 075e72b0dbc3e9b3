package io.apimigrate.rules.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One scored case, as the report's {@code cases} array lists it. All comparisons are between
 * normalised code ({@link Normalization#normalize}).
 *
 * @param id the case's id
 * @param strategy the strategy's name
 * @param confidence the routing confidence
 * @param output the code the system produced
 * @param rules the rules applied or hinted
 * @param exactMatch normalised output equals normalised expected
 * @param similarity difflib ratio of (normalised output, normalised expected)
 * @param expectedChange normalised expected differs from normalised input
 * @param outputChanged normalised output differs from normalised input
 * @param keyApi whether the key API change was made; null when the case expects no change
 * @param input the code given to the system
 * @param expected the code the case expects
 */
@JsonPropertyOrder({"id", "strategy", "confidence", "output", "rules", "exact_match", "similarity",
        "expected_change", "output_changed", "key_api", "input", "expected"})
public record CaseResult(
        @JsonProperty("id") String id,
        @JsonProperty("strategy") String strategy,
        @JsonProperty("confidence") double confidence,
        @JsonProperty("output") String output,
        @JsonProperty("rules") List<String> rules,
        @JsonProperty("exact_match") boolean exactMatch,
        @JsonProperty("similarity") double similarity,
        @JsonProperty("expected_change") boolean expectedChange,
        @JsonProperty("output_changed") boolean outputChanged,
        @JsonProperty("key_api") Boolean keyApi,
        @JsonProperty("input") String input,
        @JsonProperty("expected") String expected) {

    public CaseResult {
        rules = List.copyOf(rules);
    }

    /** Scores one outcome. */
    public static CaseResult score(final CaseOutcome c) {
        final String input = Normalization.normalize(c.input());
        final String expected = Normalization.normalize(c.expected());
        final String output = Normalization.normalize(c.output());
        final boolean expectedChange = !expected.equals(input);
        return new CaseResult(
                c.id(),
                c.strategy(),
                c.confidence(),
                c.output(),
                c.ruleIds(),
                output.equals(expected),
                SequenceMatcher.ratio(output, expected),
                expectedChange,
                !output.equals(input),
                expectedChange ? KeyApi.isCorrect(c.input(), c.expected(), c.output()) : null,
                c.input(),
                c.expected());
    }
}
