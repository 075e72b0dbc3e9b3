package io.apimigrate.rules.metrics;

import io.apimigrate.rules.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores outcomes with the definitions of contracts.md section 4 and aggregates them into a
 * {@link MetricsReport}. Every comparison is between normalised code; similarity is
 * {@code SequenceMatcher(None, normalise(output), normalise(expected)).ratio()}; key_api_accuracy
 * covers only cases whose normalised expected code differs from the normalised input.
 */
public final class EvalMetrics {

    private static final List<String> CONTRACT_STRATEGIES =
            List.of(Strategy.DIRECT_RULE.name(), Strategy.RULE_GUIDED.name(), Strategy.LLM_ONLY.name());

    private EvalMetrics() {
    }

    /** Scores every outcome and aggregates the scores overall and per strategy. */
    public static MetricsReport report(final List<CaseOutcome> outcomes) {
        final List<CaseResult> cases = new ArrayList<>(outcomes.size());
        final Tally all = new Tally();
        final Map<String, Tally> contract = new LinkedHashMap<>();
        CONTRACT_STRATEGIES.forEach(s -> contract.put(s, new Tally()));
        final Map<String, Tally> others = new TreeMap<>((a, b) -> unchangedFirst(a).compareTo(unchangedFirst(b)));
        for (final CaseOutcome outcome : outcomes) {
            final CaseResult result = CaseResult.score(outcome);
            cases.add(result);
            all.add(result);
            final Tally tally = contract.containsKey(result.strategy())
                    ? contract.get(result.strategy())
                    : others.computeIfAbsent(result.strategy(), s -> new Tally());
            tally.add(result);
        }
        final Map<String, Scores> byStrategy = new LinkedHashMap<>();
        contract.forEach((name, tally) -> byStrategy.put(name, tally.scores()));
        others.forEach((name, tally) -> byStrategy.put(name, tally.scores()));
        return new MetricsReport(cases.size(), all.scores(), byStrategy, cases);
    }

    private static String unchangedFirst(final String strategy) {
        return (strategy.equals(Strategy.UNCHANGED.name()) ? "0" : "1") + strategy;
    }
}
