package io.apimigrate.worker.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Rotary position embeddings in the "rotate half" layout Qwen2 uses: the first and second halves of
 * each head are the two coordinates of each rotated pair.
 */
final class RotaryEmbedding implements AutoCloseable {

    private final NDArray inverseFrequencies;
    private final int half;

    RotaryEmbedding(final NDManager manager, final int headDim, final double theta) {
        this.half = headDim / 2;
        final float[] inv = new float[half];
        for (int i = 0; i < half; i++) {
            inv[i] = (float) (1.0 / Math.pow(theta, (2.0 * i) / headDim));
        }
        this.inverseFrequencies = manager.create(inv, new Shape(1, 1, half));
    }

    /** Cosines and sines for float positions [B, T], each shaped [B, 1, T, headDim]. */
    NDList cosSin(final NDArray positions) {
        final NDArray angles = positions.expandDims(2).mul(inverseFrequencies);
        final NDArray full = angles.concat(angles, 2).expandDims(1);
        return new NDList(full.cos(), full.sin());
    }

    /** Rotates x [B, heads, T, headDim] by the angles {@link #cosSin} computed. */
    NDArray apply(final NDArray x, final NDList cosSin) {
        final NDList halves = x.split(new long[] {half}, 3);
        final NDArray rotated = halves.get(1).neg().concat(halves.get(0), 3);
        return x.mul(cosSin.get(0)).add(rotated.mul(cosSin.get(1)));
    }

    @Override
    public void close() {
        inverseFrequencies.close();
    }
}
