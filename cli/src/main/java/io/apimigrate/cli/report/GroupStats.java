package io.apimigrate.cli.report;

import java.util.List;
import java.util.Optional;

/**
 * Totals of a group of answers (one strategy, one library, or all).
 *
 * @param name the group's name
 * @param count answers in the group
 * @param scored answers whose expected code was given
 * @param exactMatch exact-match rate over the scored answers, when there are any
 * @param avgSimilarity mean similarity over the scored answers, when there are any
 * @param latencyP50Ms median end-to-end latency
 * @param latencyP99Ms 99th percentile of the end-to-end latency
 */
public record GroupStats(String name, int count, int scored, Optional<Double> exactMatch,
        Optional<Double> avgSimilarity, long latencyP50Ms, long latencyP99Ms) {

    /** The totals of the rows. */
    public static GroupStats of(final String name, final List<Row> rows) {
        final long[] latencies = rows.stream().mapToLong(Row::latencyMs).sorted().toArray();
        final List<Row> scored = rows.stream().filter(r -> r.exactMatch().isPresent()).toList();
        final Optional<Double> exact = scored.isEmpty() ? Optional.empty()
                : Optional.of(scored.stream().filter(r -> r.exactMatch().get()).count() / (double) scored.size());
        final Optional<Double> similarity = scored.isEmpty() ? Optional.empty()
                : Optional.of(scored.stream().mapToDouble(r -> r.similarity().orElse(0.0)).average().orElse(0));
        return new GroupStats(name, rows.size(), scored.size(), exact, similarity, percentile(latencies, 0.50),
                percentile(latencies, 0.99));
    }

    /** The nearest-rank percentile of sorted values; 0 for none. */
    static long percentile(final long[] sorted, final double p) {
        if (sorted.length == 0) {
            return 0;
        }
        final int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
