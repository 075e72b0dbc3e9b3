package io.apimigrate.topology.metrics;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small sparse histogram of non-negative millisecond values: exact below 64, then 32
 * buckets per power of two (at most about 3% relative error). Cheap to merge and to encode,
 * which a state-store value must be. Not thread-safe.
 */
public final class LatencyHistogram {

    private static final int EXACT = 64;
    private static final int SUB_BITS = 5;
    private static final int SUB_BUCKETS = 1 << SUB_BITS;
    private static final int FIRST_EXPONENT = 6;

    private final TreeMap<Integer, Long> counts = new TreeMap<>();
    private long total;
    private long max;

    /** Records one value; negative values count as 0. */
    public void record(final long valueMs) {
        final long value = Math.max(0, valueMs);
        counts.merge(bucket(value), 1L, Long::sum);
        total++;
        max = Math.max(max, value);
    }

    /** Adds every value of {@code other}. */
    public void merge(final LatencyHistogram other) {
        other.counts.forEach((bucket, count) -> counts.merge(bucket, count, Long::sum));
        total += other.total;
        max = Math.max(max, other.max);
    }

    public long count() {
        return total;
    }

    public long max() {
        return max;
    }

    /**
     * The smallest recorded value's bucket bound at or below which {@code percentile} percent
     * of the values lie (the bucket's highest value, capped at the maximum); 0 when empty.
     */
    public long percentile(final double percentile) {
        if (total == 0) {
            return 0;
        }
        final long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * total));
        long seen = 0;
        for (final Map.Entry<Integer, Long> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return Math.min(highestValue(entry.getKey()), max);
            }
        }
        return max;
    }

    /** Bytes {@link #writeTo} needs at most. */
    int encodedSize() {
        return Long.BYTES * 2 + Integer.BYTES + counts.size() * (Integer.BYTES + Long.BYTES);
    }

    void writeTo(final ByteBuffer out) {
        out.putLong(total).putLong(max).putInt(counts.size());
        counts.forEach((bucket, count) -> out.putInt(bucket).putLong(count));
    }

    static LatencyHistogram readFrom(final ByteBuffer in) {
        final LatencyHistogram histogram = new LatencyHistogram();
        histogram.total = in.getLong();
        histogram.max = in.getLong();
        final int size = in.getInt();
        if (size < 0 || size > in.remaining() / (Integer.BYTES + Long.BYTES)) {
            throw new IllegalArgumentException("corrupt histogram: " + size + " buckets");
        }
        for (int i = 0; i < size; i++) {
            histogram.counts.put(in.getInt(), in.getLong());
        }
        return histogram;
    }

    static int bucket(final long value) {
        if (value < EXACT) {
            return (int) value;
        }
        final int exponent = 63 - Long.numberOfLeadingZeros(value);
        final int sub = (int) (value >>> (exponent - SUB_BITS)) - SUB_BUCKETS;
        return EXACT + (exponent - FIRST_EXPONENT) * SUB_BUCKETS + sub;
    }

    static long highestValue(final int bucket) {
        if (bucket < EXACT) {
            return bucket;
        }
        final int exponent = (bucket - EXACT) / SUB_BUCKETS + FIRST_EXPONENT;
        final long sub = (bucket - EXACT) % SUB_BUCKETS;
        final long width = 1L << (exponent - SUB_BITS);
        return (SUB_BUCKETS + sub) * width + width - 1;
    }
}
