package io.apimigrate.worker.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * A left-padded batch: row {@code b} starts with {@code padding[b]} pad tokens, which no token attends
 * to and which do not count towards positions, so each row computes what it would alone.
 */
public final class BatchLayout {

    /** Added to the scores of masked keys; finite, so fully masked pad rows stay NaN-free. */
    static final float MASKED = -1e30f;

    private final int[] padding;

    public BatchLayout(final int[] padding) {
        this.padding = padding.clone();
    }

    /** A layout for prompts of these lengths, left-padded to the longest. */
    public static BatchLayout leftPadded(final int[] lengths) {
        int longest = 0;
        for (final int length : lengths) {
            longest = Math.max(longest, length);
        }
        final int[] padding = new int[lengths.length];
        for (int b = 0; b < lengths.length; b++) {
            padding[b] = longest - lengths[b];
        }
        return new BatchLayout(padding);
    }

    /** The layout of the given rows only, in that order. */
    public BatchLayout keep(final int[] rows) {
        final int[] kept = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            kept[i] = padding[rows[i]];
        }
        return new BatchLayout(kept);
    }

    /** Rows in the batch. */
    public int batch() {
        return padding.length;
    }

    /** Pad tokens in front of row {@code b}. */
    public int padding(final int b) {
        return padding[b];
    }

    /** Positions of tokens {@code past .. past + t - 1} of every row, float32 [B, t]; pads get 0. */
    public NDArray positions(final NDManager manager, final int past, final int t) {
        final float[] positions = new float[padding.length * t];
        for (int b = 0; b < padding.length; b++) {
            for (int i = 0; i < t; i++) {
                positions[b * t + i] = Math.max(0, past + i - padding[b]);
            }
        }
        return manager.create(positions, new Shape(padding.length, t));
    }

    /**
     * The additive mask for {@code t} new tokens after {@code past} cached ones, broadcastable to
     * [B, 1, 1, t, past + t]: a token sees the non-pad tokens at or before its own place.
     */
    public NDArray mask(final NDManager manager, final int past, final int t) {
        final int s = past + t;
        final float[] pads = new float[padding.length * s];
        for (int b = 0; b < padding.length; b++) {
            for (int j = 0; j < Math.min(padding[b], s); j++) {
                pads[b * s + j] = MASKED;
            }
        }
        final NDArray padMask = manager.create(pads, new Shape(padding.length, 1, 1, 1, s));
        if (t == 1) {
            return padMask;
        }
        final float[] causal = new float[t * s];
        for (int i = 0; i < t; i++) {
            for (int j = past + i + 1; j < s; j++) {
                causal[i * s + j] = MASKED;
            }
        }
        try (NDArray causalMask = manager.create(causal, new Shape(t, s))) {
            return padMask.add(causalMask);
        } finally {
            padMask.close();
        }
    }
}
