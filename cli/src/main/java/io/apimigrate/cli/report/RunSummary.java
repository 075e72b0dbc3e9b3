package io.apimigrate.cli.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The metrics of a pipeline run: totals per strategy, per library and overall, and the calibration bins.
 *
 * @param all every answer
 * @param byStrategy one group per strategy, largest first
 * @param byLibrary one group per library ({@code (none)} for snippets without one), largest first
 * @param calibration confidence bins with their exact-match rates; all empty when no expected code was given
 */
public record RunSummary(GroupStats all, List<GroupStats> byStrategy, List<GroupStats> byLibrary,
        List<CalibrationBin> calibration) {

    /** The name of the library group of snippets without a library. */
    public static final String NO_LIBRARY = "(none)";

    public RunSummary {
        byStrategy = List.copyOf(byStrategy);
        byLibrary = List.copyOf(byLibrary);
        calibration = List.copyOf(calibration);
    }

    /** The summary of the rows. */
    public static RunSummary of(final List<Row> rows) {
        return new RunSummary(GroupStats.of("all", rows), groups(rows, Row::strategy),
                groups(rows, r -> r.library().isEmpty() ? NO_LIBRARY : r.library()), CalibrationBin.of(rows));
    }

    /** Whether any answer was scored against expected code. */
    public boolean scored() {
        return all.scored() > 0;
    }

    /** The summary as an aligned plain-text table. */
    public String text() {
        final StringBuilder out = new StringBuilder();
        out.append(String.format("%-22s %7s %7s %8s %8s %9s %9s%n", "", "count", "scored", "exact", "similar",
                "p50 ms", "p99 ms"));
        row(out, all);
        out.append("by strategy\n");
        byStrategy.forEach(g -> row(out, g));
        out.append("by library\n");
        byLibrary.forEach(g -> row(out, g));
        return out.toString();
    }

    private static void row(final StringBuilder out, final GroupStats g) {
        out.append(String.format("  %-20s %7d %7d %8s %8s %9d %9d%n", g.name(), g.count(), g.scored(),
                g.exactMatch().map(v -> String.format("%.3f", v)).orElse("-"),
                g.avgSimilarity().map(v -> String.format("%.3f", v)).orElse("-"), g.latencyP50Ms(),
                g.latencyP99Ms()));
    }

    private static List<GroupStats> groups(final List<Row> rows, final Function<Row, String> key) {
        final Map<String, List<Row>> grouped = new TreeMap<>();
        rows.forEach(r -> grouped.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        final List<GroupStats> out = new ArrayList<>();
        grouped.forEach((name, members) -> out.add(GroupStats.of(name, members)));
        out.sort(Comparator.comparingInt(GroupStats::count).reversed().thenComparing(GroupStats::name));
        return out;
    }
}
