package io.apimigrate.cli.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Scored answers whose confidence falls in {@code [low, high)} ({@code high} included for the last bin), and how
 * many of them match the expected code exactly.
 *
 * @param low the bin's lower bound
 * @param high the bin's upper bound
 * @param count scored answers in the bin
 * @param exact exact matches among them
 */
public record CalibrationBin(double low, double high, int count, int exact) {

    /** The exact-match rate of the bin, 0 when empty. */
    public double rate() {
        return count == 0 ? 0 : exact / (double) count;
    }

    /** Ten equal bins over [0, 1] of the scored rows. */
    public static List<CalibrationBin> of(final List<Row> rows) {
        final int bins = 10;
        final int[] counts = new int[bins];
        final int[] exacts = new int[bins];
        for (final Row row : rows) {
            if (row.exactMatch().isEmpty()) {
                continue;
            }
            final int bin = Math.max(0, Math.min(bins - 1, (int) Math.floor(row.confidence() * bins)));
            counts[bin]++;
            if (row.exactMatch().get()) {
                exacts[bin]++;
            }
        }
        final List<CalibrationBin> out = new ArrayList<>(bins);
        for (int i = 0; i < bins; i++) {
            out.add(new CalibrationBin(i / (double) bins, (i + 1) / (double) bins, counts[i], exacts[i]));
        }
        return out;
    }
}
