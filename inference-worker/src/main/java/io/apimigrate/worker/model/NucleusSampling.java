package io.apimigrate.worker.model;

/**
 * Temperature and top-p (nucleus) sampling over probabilities on the Java side, so a seeded
 * {@link java.util.Random} makes it reproducible.
 */
final class NucleusSampling {

    private NucleusSampling() {
    }

    /**
     * Draws from the nucleus of probabilities sorted in descending order: the shortest prefix whose
     * mass reaches {@code topP} (at least one token), renormalised.
     *
     * @param sortedProbs probabilities, highest first: the whole distribution or a prefix of it
     * @param whole whether {@code sortedProbs} is the whole distribution
     * @param topP the nucleus mass, in (0, 1]
     * @param uniform a draw from [0, 1)
     * @return the index into {@code sortedProbs}, or -1 when a prefix holds less than {@code topP}
     */
    static int fromSorted(final float[] sortedProbs, final boolean whole, final double topP, final double uniform) {
        double mass = 0;
        int kept = 0;
        while (kept < sortedProbs.length && (kept == 0 || mass < topP)) {
            mass += sortedProbs[kept];
            kept++;
        }
        if (!whole && mass < topP) {
            return -1;
        }
        final double target = uniform * mass;
        double cumulative = 0;
        for (int i = 0; i < kept; i++) {
            cumulative += sortedProbs[i];
            if (target < cumulative) {
                return i;
            }
        }
        return kept - 1;
    }

    /** Draws from a full distribution in vocabulary order (top-p of 1). */
    static int fromDistribution(final float[] probs, final int offset, final int length, final double uniform) {
        double total = 0;
        for (int i = 0; i < length; i++) {
            total += probs[offset + i];
        }
        final double target = uniform * total;
        double cumulative = 0;
        int last = 0;
        for (int i = 0; i < length; i++) {
            if (probs[offset + i] > 0) {
                cumulative += probs[offset + i];
                last = i;
                if (target < cumulative) {
                    return i;
                }
            }
        }
        return last;
    }
}
