package io.apimigrate.worker.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import io.apimigrate.worker.generate.GenerationConfig;
import java.util.Arrays;
import java.util.Random;

/** Picks each row's next token from the last position's logits, float32 [B, vocab]. */
sealed interface TokenChooser permits TokenChooser.Greedy, TokenChooser.Sampling {

    /** Candidates fetched per row before falling back to the whole sorted distribution. */
    int CANDIDATES = 256;

    /** The next token of every row. */
    long[] choose(NDArray logits);

    /** The chooser for the given rows only, in that order, each keeping its own state. */
    TokenChooser keep(int[] rows);

    /**
     * Greedy when the temperature is 0, else sampling where the prompt at index {@code i} of the
     * caller's list draws from a {@link Random} seeded with {@code seed + i}, so its text does not
     * depend on the prompts batched with it.
     */
    static TokenChooser of(final GenerationConfig config, final int[] promptIndices) {
        if (config.temperature() == 0) {
            return new Greedy();
        }
        final Random[] random = new Random[promptIndices.length];
        for (int b = 0; b < promptIndices.length; b++) {
            random[b] = new Random(config.seed() + promptIndices[b]);
        }
        return new Sampling(config.temperature(), config.topP(), random);
    }

    /** The most likely token. */
    record Greedy() implements TokenChooser {
        @Override
        public long[] choose(final NDArray logits) {
            return logits.argMax(1).toLongArray();
        }

        @Override
        public TokenChooser keep(final int[] rows) {
            return this;
        }
    }

    /** Temperature and nucleus sampling with one seeded generator per row. */
    final class Sampling implements TokenChooser {

        private final double temperature;
        private final double topP;
        private final Random[] random;

        Sampling(final double temperature, final double topP, final Random[] random) {
            this.temperature = temperature;
            this.topP = topP;
            this.random = random.clone();
        }

        @Override
        public long[] choose(final NDArray logits) {
            final NDArray probs = logits.div(temperature).softmax(1);
            final int rows = Math.toIntExact(probs.getShape().get(0));
            final int vocab = Math.toIntExact(probs.getShape().get(1));
            final long[] next = new long[rows];
            if (topP >= 1.0) {
                final float[] all = probs.toFloatArray();
                for (int b = 0; b < rows; b++) {
                    next[b] = NucleusSampling.fromDistribution(all, b * vocab, vocab, random[b].nextDouble());
                }
                return next;
            }
            final int k = Math.min(vocab, CANDIDATES);
            final NDList top = probs.topK(k, 1, true, true);
            final float[] values = top.get(0).toFloatArray();
            final long[] ids = top.get(1).toLongArray();
            for (int b = 0; b < rows; b++) {
                final double u = random[b].nextDouble();
                final float[] row = Arrays.copyOfRange(values, b * k, (b + 1) * k);
                final int i = NucleusSampling.fromSorted(row, k == vocab, topP, u);
                next[b] = i >= 0 ? ids[b * k + i] : fromWholeRow(probs.get(new NDIndex("{}", b)), vocab, u);
            }
            return next;
        }

        @Override
        public TokenChooser keep(final int[] rows) {
            final Random[] kept = new Random[rows.length];
            for (int i = 0; i < rows.length; i++) {
                kept[i] = random[rows[i]];
            }
            return new Sampling(temperature, topP, kept);
        }

        private long fromWholeRow(final NDArray row, final int vocab, final double u) {
            final NDList sorted = row.topK(vocab, 0, true, true);
            return sorted.get(1).toLongArray()[NucleusSampling.fromSorted(sorted.get(0).toFloatArray(), true, topP, u)];
        }
    }
}
