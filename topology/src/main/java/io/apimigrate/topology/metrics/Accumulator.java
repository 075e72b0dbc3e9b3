package io.apimigrate.topology.metrics;

import io.apimigrate.schemas.MetricsSnapshot;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Running totals of results for one window and one dimension value: counts, exact matches,
 * similarity sum and a latency histogram. A state-store value: mutable, not thread-safe.
 */
public final class Accumulator {

    private static final byte FORMAT = 1;

    private long count;
    private long valid;
    private long errors;
    private long evaluated;
    private long exactMatches;
    private double similaritySum;
    private final LatencyHistogram latency;

    public Accumulator() {
        this(new LatencyHistogram());
    }

    private Accumulator(final LatencyHistogram latency) {
        this.latency = latency;
    }

    /** Counts one result. */
    public Accumulator add(final Observation observation) {
        count++;
        if (observation.valid()) {
            valid++;
        }
        if (observation.error()) {
            errors++;
        }
        if (observation.evaluated()) {
            evaluated++;
            similaritySum += observation.similarity();
            if (observation.exactMatch()) {
                exactMatches++;
            }
        }
        if (observation.latencyMs() >= 0) {
            latency.record(observation.latencyMs());
        }
        return this;
    }

    /** Adds the totals of {@code other} to this one. */
    public Accumulator merge(final Accumulator other) {
        count += other.count;
        valid += other.valid;
        errors += other.errors;
        evaluated += other.evaluated;
        exactMatches += other.exactMatches;
        similaritySum += other.similaritySum;
        latency.merge(other.latency);
        return this;
    }

    public long count() {
        return count;
    }

    /** The snapshot of these totals for a window and dimension value. */
    public MetricsSnapshot toSnapshot(final Instant windowStart, final Instant windowEnd,
            final String dimension, final String value) {
        return MetricsSnapshot.newBuilder()
                .setWindowStart(windowStart)
                .setWindowEnd(windowEnd)
                .setDimension(dimension)
                .setValue(value)
                .setCount(count)
                .setValidCount(valid)
                .setErrorCount(errors)
                .setEvaluated(evaluated)
                .setExactMatches(exactMatches)
                .setExactMatch(evaluated == 0 ? null : (double) exactMatches / evaluated)
                .setAvgSimilarity(evaluated == 0 ? null : similaritySum / evaluated)
                .setLatencyP50Ms(latency.percentile(50))
                .setLatencyP90Ms(latency.percentile(90))
                .setLatencyP99Ms(latency.percentile(99))
                .setLatencyMaxMs(latency.max())
                .build();
    }

    /** A serde for state stores and the internal repartition topic. */
    public static Serde<Accumulator> serde() {
        return new AccumulatorSerde();
    }

    byte[] encode() {
        final ByteBuffer out = ByteBuffer.allocate(1 + Long.BYTES * 5 + Double.BYTES + latency.encodedSize());
        out.put(FORMAT).putLong(count).putLong(valid).putLong(errors).putLong(evaluated).putLong(exactMatches)
                .putDouble(similaritySum);
        latency.writeTo(out);
        return out.array();
    }

    static Accumulator decode(final byte[] bytes) {
        final ByteBuffer in = ByteBuffer.wrap(bytes);
        final byte format = in.get();
        if (format != FORMAT) {
            throw new IllegalArgumentException("unknown accumulator format " + format);
        }
        final long count = in.getLong();
        final long valid = in.getLong();
        final long errors = in.getLong();
        final long evaluated = in.getLong();
        final long exactMatches = in.getLong();
        final double similaritySum = in.getDouble();
        final Accumulator accumulator = new Accumulator(LatencyHistogram.readFrom(in));
        accumulator.count = count;
        accumulator.valid = valid;
        accumulator.errors = errors;
        accumulator.evaluated = evaluated;
        accumulator.exactMatches = exactMatches;
        accumulator.similaritySum = similaritySum;
        return accumulator;
    }

    private static final class AccumulatorSerde implements Serde<Accumulator> {

        @Override
        public Serializer<Accumulator> serializer() {
            return (topic, value) -> value == null ? null : value.encode();
        }

        @Override
        public Deserializer<Accumulator> deserializer() {
            return (topic, bytes) -> {
                if (bytes == null) {
                    return null;
                }
                try {
                    return decode(bytes);
                } catch (final RuntimeException e) {
                    throw new SerializationException("cannot decode metrics accumulator from '" + topic + "': " + e, e);
                }
            };
        }
    }
}
