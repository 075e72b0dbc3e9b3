package io.apimigrate.cli;

import io.apimigrate.rules.Strategy;
import io.apimigrate.rules.learn.LearnResult;
import io.apimigrate.rules.metrics.MetricsReport;
import io.apimigrate.rules.metrics.Scores;

/** The few lines eval prints: what was learned and how the test cases came out. */
final class Summary {

    private Summary() {
    }

    static String of(final LearnResult learned, final MetricsReport report) {
        final Scores all = report.metrics();
        final Scores direct = report.strategy(Strategy.DIRECT_RULE);
        return String.format("learned %d rules from %d examples; %s%n"
                        + "test cases %d: exact_match %s, avg_similarity %s, key_api_accuracy %s%n"
                        + "DIRECT_RULE %d (precision of changed outputs %s), RULE_GUIDED %d, LLM_ONLY %d, "
                        + "UNCHANGED %d; no-change cases kept %s of %d",
                learned.rules().size(), learned.examples(), learned.calibration(), all.count(),
                rate(all.exactMatch()), rate(all.avgSimilarity()), rate(all.keyApiAccuracy()), direct.count(),
                rate(direct.precision()), report.strategy(Strategy.RULE_GUIDED).count(),
                report.strategy(Strategy.LLM_ONLY).count(), report.strategy(Strategy.UNCHANGED).count(),
                rate(all.kept()), all.noChangeCount());
    }

    private static String rate(final Double value) {
        return value == null ? "n/a" : String.format("%.3f", value);
    }
}
