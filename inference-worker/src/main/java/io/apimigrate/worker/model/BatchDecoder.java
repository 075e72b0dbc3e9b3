package io.apimigrate.worker.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import io.apimigrate.worker.generate.Generation;
import io.apimigrate.worker.generate.GenerationConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes one left-padded batch with a KV cache: a prefill over the prompts, then one token per
 * row and step until every row has stopped or time runs out. Each step's intermediates live in
 * their own {@link NDScope}.
 */
final class BatchDecoder {

    private final Qwen2Model model;
    private final Qwen2Tokenizer tokenizer;
    private final GenerationDefaults defaults;

    BatchDecoder(final Qwen2Model model, final Qwen2Tokenizer tokenizer, final GenerationDefaults defaults) {
        this.model = model;
        this.tokenizer = tokenizer;
        this.defaults = defaults;
    }

    /**
     * Continues every prompt.
     *
     * @param prompts token ids of each prompt, none empty
     * @param config decoding settings
     * @param promptIndices each prompt's index in the caller's list, which seeds its sampling
     */
    List<Generation> decode(final List<long[]> prompts, final GenerationConfig config, final int[] promptIndices) {
        final long start = System.nanoTime();
        final long deadline = start + config.timeLimit().toNanos();
        final int batch = prompts.size();
        final int[] lengths = prompts.stream().mapToInt(p -> p.length).toArray();
        final BatchLayout layout = BatchLayout.leftPadded(lengths);
        final int longest = lengths[0] + layout.padding(0);
        final List<DecodingRow> rows = new ArrayList<>();
        final long[] input = new long[batch * longest];
        for (int b = 0; b < batch; b++) {
            rows.add(new DecodingRow(lengths[b]));
            Arrays.fill(input, b * longest, b * longest + layout.padding(b), defaults.padTokenId());
            System.arraycopy(prompts.get(b), 0, input, b * longest + layout.padding(b), lengths[b]);
        }
        final TokenChooser chooser = TokenChooser.of(config, promptIndices);
        try (NDManager manager = model.manager().newSubManager();
                KvCache cache = model.newCache(manager, batch, longest + config.maxNewTokens())) {
            long[] next = step(manager, layout, input, longest, cache, chooser);
            while (true) {
                for (int b = 0; b < batch; b++) {
                    if (!rows.get(b).finished()) {
                        rows.get(b).accept(next[b], defaults.eosTokenIds(), config.stopStrings(),
                                config.maxNewTokens(), tokenizer);
                    }
                }
                if (rows.stream().allMatch(DecodingRow::finished)) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    rows.forEach(row -> row.timeUp(tokenizer));
                    break;
                }
                for (int b = 0; b < batch; b++) {
                    next[b] = rows.get(b).finished() ? defaults.padTokenId() : next[b];
                }
                next = step(manager, layout, next, 1, cache, chooser);
            }
        }
        final long elapsed = (System.nanoTime() - start) / 1_000_000;
        return rows.stream().map(row -> row.toGeneration(elapsed)).toList();
    }

    private long[] step(final NDManager manager, final BatchLayout layout, final long[] ids, final int t,
            final KvCache cache, final TokenChooser chooser) {
        try (NDScope ignored = new NDScope()) {
            final int past = cache.length();
            final NDArray hidden = model.forward(
                    manager.create(ids, new Shape(layout.batch(), t)),
                    layout.positions(manager, past, t),
                    layout.mask(manager, past, t),
                    cache);
            return chooser.choose(model.logits(hidden.get(new NDIndex(":, -1, :"))));
        }
    }
}
