package io.apimigrate.topology.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void shouldBeExactBelowSixtyFour() {
        final LatencyHistogram histogram = new LatencyHistogram();
        for (int i = 0; i < 64; i++) {
            histogram.record(i);
        }

        assertEquals(31, histogram.percentile(50));
        assertEquals(63, histogram.percentile(100));
    }

    @Test
    void shouldStayWithinThreePercentOfLargeValues() {
        for (long value = 64; value < 10_000_000; value = value * 3 / 2 + 1) {
            final LatencyHistogram histogram = new LatencyHistogram();
            histogram.record(value);
            histogram.record(Long.MAX_VALUE / 4);

            final long reported = histogram.percentile(50);

            assertTrue(reported >= value && reported <= value * 1.032, value + " reported as " + reported);
        }
    }

    @Test
    void shouldMergeCountsAndMaximum() {
        final LatencyHistogram a = new LatencyHistogram();
        a.record(5);
        final LatencyHistogram b = new LatencyHistogram();
        b.record(700);
        b.record(9);

        a.merge(b);

        assertEquals(3, a.count());
        assertEquals(700, a.max());
        assertEquals(9, a.percentile(50));
    }

    @Test
    void shouldReportZeroWhenEmpty() {
        assertEquals(0, new LatencyHistogram().percentile(99));
    }

    @Test
    void shouldRoundTripThroughAccumulatorEncoding() {
        final Accumulator accumulator = new Accumulator()
                .add(new Observation(true, false, true, true, 1.0, 12))
                .add(new Observation(false, true, true, false, 0.5, 4000));

        final Accumulator decoded = Accumulator.decode(accumulator.encode());

        assertEquals(accumulator.toSnapshot(java.time.Instant.EPOCH, java.time.Instant.EPOCH, "all", "*"),
                decoded.toSnapshot(java.time.Instant.EPOCH, java.time.Instant.EPOCH, "all", "*"));
    }
}
