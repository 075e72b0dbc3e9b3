package io.apimigrate.rules.metrics;

/** Accumulates scored cases into {@link Scores}. */
final class Tally {

    private int count;
    private int exact;
    private double similaritySum;
    private int keyApiCount;
    private int keyApiRight;
    private int changedOutputs;
    private int changedExact;
    private int noChange;
    private int kept;

    void add(final CaseResult r) {
        count++;
        similaritySum += r.similarity();
        if (r.exactMatch()) {
            exact++;
        }
        if (r.expectedChange()) {
            keyApiCount++;
            if (Boolean.TRUE.equals(r.keyApi())) {
                keyApiRight++;
            }
        } else {
            noChange++;
            if (!r.outputChanged()) {
                kept++;
            }
        }
        if (r.outputChanged()) {
            changedOutputs++;
            if (r.exactMatch()) {
                changedExact++;
            }
        }
    }

    Scores scores() {
        return new Scores(
                count,
                count == 0 ? 0.0 : (double) exact / count,
                count == 0 ? 0.0 : similaritySum / count,
                keyApiCount == 0 ? 0.0 : (double) keyApiRight / keyApiCount,
                keyApiCount,
                changedOutputs,
                rate(changedExact, changedOutputs),
                noChange,
                rate(kept, noChange));
    }

    private static Double rate(final int hits, final int total) {
        return total == 0 ? null : (double) hits / total;
    }
}
