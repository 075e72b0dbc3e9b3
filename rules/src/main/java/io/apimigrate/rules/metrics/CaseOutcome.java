package io.apimigrate.rules.metrics;

import io.apimigrate.rules.Strategy;
import java.util.List;
import java.util.Objects;

/**
 * What the system did with one test case, before scoring.
 *
 * @param id the case's id
 * @param strategy the strategy's name, normally one of {@link Strategy}
 * @param confidence the routing confidence; finite
 * @param input the code given to the system
 * @param expected the code the case expects
 * @param output the code the system produced
 * @param ruleIds the rules applied or hinted, best first
 */
public record CaseOutcome(
        String id,
        String strategy,
        double confidence,
        String input,
        String expected,
        String output,
        List<String> ruleIds) {

    public CaseOutcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(output, "output");
        if (strategy == null || strategy.isBlank()) {
            throw new IllegalArgumentException("case " + id + ": strategy must not be empty");
        }
        if (!Double.isFinite(confidence)) {
            throw new IllegalArgumentException("case " + id + ": confidence must be finite, got " + confidence);
        }
        ruleIds = List.copyOf(ruleIds);
    }

    public CaseOutcome(
            final String id,
            final Strategy strategy,
            final double confidence,
            final String input,
            final String expected,
            final String output,
            final List<String> ruleIds) {
        this(id, strategy.name(), confidence, input, expected, output, ruleIds);
    }
}
