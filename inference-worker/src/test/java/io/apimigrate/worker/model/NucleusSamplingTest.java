package io.apimigrate.worker.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NucleusSamplingTest {

    private static final float[] SORTED = {0.5f, 0.3f, 0.15f, 0.05f};

    @Test
    void theNucleusIsTheShortestPrefixReachingTopP() {
        assertEquals(1, NucleusSampling.fromSorted(SORTED, true, 0.7, 0.999));
        assertEquals(0, NucleusSampling.fromSorted(SORTED, true, 0.7, 0.5));
    }

    @Test
    void drawsAreSpreadOverTheRenormalisedNucleus() {
        assertEquals(0, NucleusSampling.fromSorted(SORTED, true, 0.9, 0.52));
        assertEquals(1, NucleusSampling.fromSorted(SORTED, true, 0.9, 0.60));
        assertEquals(2, NucleusSampling.fromSorted(SORTED, true, 0.9, 0.95));
    }

    @Test
    void aTinyTopPKeepsOnlyTheMostLikelyToken() {
        assertEquals(0, NucleusSampling.fromSorted(SORTED, true, 1e-9, 0.999));
    }

    @Test
    void aPrefixTooLightForTopPAsksForTheWholeDistribution() {
        assertEquals(-1, NucleusSampling.fromSorted(new float[] {0.5f, 0.3f}, false, 0.9, 0.1));
    }

    @Test
    void theFullDistributionIsSampledByCumulativeMass() {
        final float[] probs = {0f, 0.25f, 0f, 0.75f};
        assertEquals(1, NucleusSampling.fromDistribution(probs, 0, 4, 0.0));
        assertEquals(1, NucleusSampling.fromDistribution(probs, 0, 4, 0.24));
        assertEquals(3, NucleusSampling.fromDistribution(probs, 0, 4, 0.26));
        assertEquals(3, NucleusSampling.fromDistribution(probs, 0, 4, 0.999_999));
    }

    @Test
    void rowsAreReadAtTheirOffset() {
        final float[] rows = {1f, 0f, 0f, 0f, 0f, 1f};
        assertEquals(2, NucleusSampling.fromDistribution(rows, 3, 3, 0.5));
    }
}
