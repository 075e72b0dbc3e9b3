package io.apimigrate.cli.report;

import java.util.List;
import java.util.Locale;

/** Inline SVG charts (no scripts, no external resources) for the HTML report. */
final class SvgCharts {

    private static final int BAR_HEIGHT = 22;
    private static final int LABEL_WIDTH = 150;
    private static final int BAR_WIDTH = 360;

    private SvgCharts() {
    }

    /**
     * A horizontal bar chart.
     *
     * @param labels one label per bar
     * @param values one value per bar
     * @param max the value of a full bar
     * @param format how a value is printed at the end of its bar
     */
    static String bars(final String title, final List<String> labels, final List<Double> values, final double max,
            final String format) {
        final int height = BAR_HEIGHT * labels.size() + 30;
        final int width = LABEL_WIDTH + BAR_WIDTH + 80;
        final StringBuilder svg = open(width, height, title);
        svg.append(text(4, 16, "title", title));
        for (int i = 0; i < labels.size(); i++) {
            final int y = 26 + i * BAR_HEIGHT;
            final double v = values.get(i);
            final double w = max <= 0 ? 0 : BAR_WIDTH * Math.min(1, v / max);
            svg.append(text(4, y + 14, "label", labels.get(i)));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"bar\"/>",
                    LABEL_WIDTH, y + 2, w, BAR_HEIGHT - 6));
            svg.append(text((int) (LABEL_WIDTH + w + 6), y + 14, "value", String.format(Locale.ROOT, format, v)));
        }
        return svg.append("</svg>\n").toString();
    }

    /** Exact-match rate per confidence bin against the diagonal of perfect calibration; bins sized by count. */
    static String calibration(final List<CalibrationBin> bins) {
        final int size = 300;
        final int pad = 40;
        final StringBuilder svg = open(size + 2 * pad, size + 2 * pad, "calibration");
        svg.append(text(pad, 20, "title", "exact-match rate per confidence bin"));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"frame\"/>",
                pad, pad, size, size));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"ideal\"/>",
                pad, pad + size, pad + size, pad));
        final int most = bins.stream().mapToInt(CalibrationBin::count).max().orElse(1);
        for (final CalibrationBin bin : bins) {
            if (bin.count() == 0) {
                continue;
            }
            final double cx = pad + size * (bin.low() + bin.high()) / 2;
            final double cy = pad + size * (1 - bin.rate());
            final double r = 3 + 7 * Math.sqrt(bin.count() / (double) Math.max(1, most));
            svg.append(String.format(Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" class=\"point\"><title>%.1f-%.1f: %d of %d exact"
                            + "</title></circle>", cx, cy, r, bin.low(), bin.high(), bin.exact(), bin.count()));
        }
        for (int i = 0; i <= 10; i += 5) {
            final double at = i / 10.0;
            svg.append(text((int) (pad + size * at) - 8, pad + size + 16, "axis", String.format(Locale.ROOT, "%.1f", at)));
            svg.append(text(pad - 30, (int) (pad + size * (1 - at)) + 4, "axis", String.format(Locale.ROOT, "%.1f", at)));
        }
        svg.append(text(pad + size / 2 - 30, pad + size + 32, "axis", "confidence"));
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder open(final int width, final int height, final String label) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">",
                width, height, Html.escape(label)));
    }

    private static String text(final int x, final int y, final String cls, final String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" class=\"" + cls + "\">" + Html.escape(content) + "</text>";
    }
}
