package io.apimigrate.worker.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import io.apimigrate.worker.generate.Generation;
import io.apimigrate.worker.generate.GenerationConfig;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Decodes one left-padded batch with a KV cache: a prefill over the prompts, then one token per
 * row and step until every row has stopped or time runs out. Once half the rows still running
 * have stopped, the batch is compacted to the running ones, so short answers do not keep paying
 * for long ones. Each step's intermediates live in their own {@link NDScope}.
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
        final int[] lengths = prompts.stream().mapToInt(p -> p.length).toArray();
        final List<DecodingRow> rows = Arrays.stream(lengths).mapToObj(DecodingRow::new).toList();
        BatchLayout layout = BatchLayout.leftPadded(lengths);
        TokenChooser chooser = TokenChooser.of(config, promptIndices);
        int[] live = IntStream.range(0, rows.size()).toArray();
        final int longest = lengths[0] + layout.padding(0);
        try (NDManager manager = model.manager().newSubManager();
                KvCache cache = model.newCache(manager, rows.size(), longest + config.maxNewTokens())) {
            long[] next = step(manager, layout, padded(prompts, layout, longest), longest, cache, chooser);
            while (true) {
                for (int b = 0; b < live.length; b++) {
                    final DecodingRow row = rows.get(live[b]);
                    if (!row.finished()) {
                        row.accept(next[b], defaults.eosTokenIds(), config.stopStrings(), config.maxNewTokens(),
                                tokenizer);
                    }
                    next[b] = row.finished() ? defaults.padTokenId() : next[b];
                }
                final int[] running = running(rows, live);
                if (running.length == 0) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    rows.forEach(row -> row.timeUp(tokenizer));
                    break;
                }
                if (running.length <= live.length / 2) {
                    cache.keepRows(running);
                    layout = layout.keep(running);
                    chooser = chooser.keep(running);
                    live = pick(live, running);
                    next = pick(next, running);
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

    private long[] padded(final List<long[]> prompts, final BatchLayout layout, final int longest) {
        final long[] input = new long[prompts.size() * longest];
        for (int b = 0; b < prompts.size(); b++) {
            final int pad = layout.padding(b);
            Arrays.fill(input, b * longest, b * longest + pad, defaults.padTokenId());
            System.arraycopy(prompts.get(b), 0, input, b * longest + pad, longest - pad);
        }
        return input;
    }

    private static int[] running(final List<DecodingRow> rows, final int[] live) {
        return IntStream.range(0, live.length).filter(b -> !rows.get(live[b]).finished()).toArray();
    }

    private static int[] pick(final int[] values, final int[] at) {
        return Arrays.stream(at).map(i -> values[i]).toArray();
    }

    private static long[] pick(final long[] values, final int[] at) {
        return Arrays.stream(at).mapToLong(i -> values[i]).toArray();
    }
}
