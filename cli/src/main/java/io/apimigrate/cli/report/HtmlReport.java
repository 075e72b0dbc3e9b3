package io.apimigrate.cli.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's HTML report: one self-contained page (inline CSS and SVG, no scripts or external resources) with
 * tables and charts per strategy and per library, and a calibration plot when expected code was given.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:sans-serif;margin:2em;max-width:60em;color:#222}
            table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:right}
            th:first-child,td:first-child{text-align:left}th{background:#f0f0f0}
            .bar{fill:#4a7bb7}.title{font-weight:bold;font-size:13px}.label,.value,.axis{font-size:12px}
            .frame{fill:none;stroke:#999}.ideal{stroke:#bbb;stroke-dasharray:4 3}.point{fill:#d9822b;fill-opacity:.8}
            """;

    private HtmlReport() {
    }

    /**
     * The page.
     *
     * @param title the page title
     * @param facts name/value lines shown at the top (input, rules, wall time, ...)
     * @param summary the run's metrics
     */
    public static String render(final String title, final Map<String, String> facts, final RunSummary summary) {
        final StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>").append(Html.escape(title)).append("</h1>\n<table>");
        facts.forEach((k, v) -> html.append("<tr><td>").append(Html.escape(k)).append("</td><td>")
                .append(Html.escape(v)).append("</td></tr>"));
        html.append("</table>\n");
        section(html, "Per strategy", summary.all(), summary.byStrategy());
        section(html, "Per library", summary.all(), summary.byLibrary());
        if (summary.scored()) {
            html.append("<h2>Calibration</h2>\n<p>Exact-match rate of the answers whose expected code was given, per "
                    + "confidence bin; the dashed line is perfect calibration, circles grow with the bin's count.</p>\n")
                    .append(SvgCharts.calibration(summary.calibration()));
            calibrationTable(html, summary.calibration());
        }
        return html.append("</body></html>\n").toString();
    }

    private static void section(final StringBuilder html, final String heading, final GroupStats all,
            final List<GroupStats> groups) {
        html.append("<h2>").append(heading).append("</h2>\n<table><tr><th></th><th>count</th><th>scored</th>"
                + "<th>exact match</th><th>avg similarity</th><th>p50 ms</th><th>p99 ms</th></tr>");
        for (final GroupStats g : groups) {
            tableRow(html, g);
        }
        tableRow(html, all);
        html.append("</table>\n");
        final List<String> names = groups.stream().map(GroupStats::name).toList();
        html.append(SvgCharts.bars(heading + ": snippets", names,
                groups.stream().map(g -> (double) g.count()).toList(),
                groups.stream().mapToInt(GroupStats::count).max().orElse(1), "%.0f"));
        if (all.scored() > 0) {
            html.append(SvgCharts.bars(heading + ": exact match", names,
                    groups.stream().map(g -> g.exactMatch().orElse(0.0)).toList(), 1.0, "%.3f"));
        }
    }

    private static void tableRow(final StringBuilder html, final GroupStats g) {
        html.append("<tr><td>").append(Html.escape(g.name())).append("</td><td>").append(g.count())
                .append("</td><td>").append(g.scored()).append("</td><td>").append(rate(g.exactMatch().orElse(null)))
                .append("</td><td>").append(rate(g.avgSimilarity().orElse(null))).append("</td><td>")
                .append(g.latencyP50Ms()).append("</td><td>").append(g.latencyP99Ms()).append("</td></tr>");
    }

    private static void calibrationTable(final StringBuilder html, final List<CalibrationBin> bins) {
        html.append("<table><tr><th>confidence</th><th>scored</th><th>exact</th><th>rate</th></tr>");
        for (final CalibrationBin b : bins) {
            html.append(String.format(Locale.ROOT, "<tr><td>%.1f&ndash;%.1f</td><td>%d</td><td>%d</td><td>%s</td></tr>",
                    b.low(), b.high(), b.count(), b.exact(), b.count() == 0 ? "-" : rate(b.rate())));
        }
        html.append("</table>\n");
    }

    private static String rate(final Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
