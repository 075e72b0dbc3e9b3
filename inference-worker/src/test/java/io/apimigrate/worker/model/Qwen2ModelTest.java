package io.apimigrate.worker.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Qwen2ModelTest {

    private static final double TOLERANCE = 1e-4;

    @ParameterizedTest
    @ValueSource(strings = {TinyQwen2.BF16_TIED, TinyQwen2.F32_UNTIED})
    void forwardMatchesTransformersLogitsAtEveryPosition(final String variant) {
        final TinyQwen2.Reference reference = TinyQwen2.reference(variant);
        try (Qwen2Model model = Qwen2Model.load(TinyQwen2.folder(variant), TinyQwen2.cpu());
                NDManager manager = model.manager().newSubManager()) {
            for (final TinyQwen2.Case c : reference.cases()) {
                final float[][] logits = logitsAlone(model, manager, c.promptIds());
                for (int t = 0; t < logits.length; t++) {
                    final double error = TinyQwen2.relativeError(logits[t], c.logits()[t]);
                    assertTrue(error <= TOLERANCE, c.prompt() + " position " + t + ": relative error " + error);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TinyQwen2.BF16_TIED, TinyQwen2.F32_UNTIED})
    void cachedDecodingEqualsFullRecomputation(final String variant) {
        final TinyQwen2.Case c = TinyQwen2.reference(variant).cases().get(0);
        try (Qwen2Model model = Qwen2Model.load(TinyQwen2.folder(variant), TinyQwen2.cpu());
                NDManager manager = model.manager().newSubManager()) {
            final List<Long> sequence = new ArrayList<>();
            for (final long id : c.promptIds()) {
                sequence.add(id);
            }
            final BatchLayout layout = new BatchLayout(new int[] {0});
            final KvCache cache = model.newCache(manager, 1, sequence.size() + 8);
            float[] cached = lastRow(model, manager, layout, ids(sequence), cache);
            for (int step = 0; step < 8; step++) {
                final float[] full = lastRow(logitsAlone(model, manager, ids(sequence)));
                assertTrue(TinyQwen2.relativeError(cached, full) <= 1e-5, "step " + step);
                sequence.add((long) argMax(full));
                cached = lastRow(model, manager, layout, new long[] {sequence.get(sequence.size() - 1)}, cache);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TinyQwen2.BF16_TIED, TinyQwen2.F32_UNTIED})
    void leftPaddedBatchEqualsEachRowAlone(final String variant) {
        final List<TinyQwen2.Case> cases = TinyQwen2.reference(variant).cases();
        final int[] lengths = cases.stream().mapToInt(c -> c.promptIds().length).toArray();
        final BatchLayout layout = BatchLayout.leftPadded(lengths);
        final int longest = lengths[0] + layout.padding(0);
        final long[] ids = new long[cases.size() * longest];
        for (int b = 0; b < cases.size(); b++) {
            System.arraycopy(cases.get(b).promptIds(), 0, ids, b * longest + layout.padding(b), lengths[b]);
        }
        try (Qwen2Model model = Qwen2Model.load(TinyQwen2.folder(variant), TinyQwen2.cpu());
                NDManager manager = model.manager().newSubManager()) {
            final KvCache cache = model.newCache(manager, cases.size(), longest);
            final NDArray hidden = model.forward(manager.create(ids, new Shape(cases.size(), longest)),
                    layout.positions(manager, 0, longest), layout.mask(manager, 0, longest), cache);
            final NDArray logits = model.logits(hidden);
            for (int b = 0; b < cases.size(); b++) {
                final float[][] alone = logitsAlone(model, manager, cases.get(b).promptIds());
                for (int t = 0; t < lengths[b]; t++) {
                    final float[] batched = logits.get(new NDIndex("{}, {}", b, layout.padding(b) + t)).toFloatArray();
                    assertTrue(TinyQwen2.relativeError(batched, alone[t]) <= 1e-5, "row " + b + " position " + t);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {TinyQwen2.BF16_TIED, TinyQwen2.F32_UNTIED})
    void float16WeightsStayCloseToFloat32(final String variant) {
        final TinyQwen2.Case c = TinyQwen2.reference(variant).cases().get(1);
        try (Qwen2Model model = Qwen2Model.load(TinyQwen2.folder(variant),
                        TinyQwen2.cpu().withDtype(ai.djl.ndarray.types.DataType.FLOAT16));
                NDManager manager = model.manager().newSubManager()) {
            final float[][] logits = logitsAlone(model, manager, c.promptIds());
            final float[] last = lastRow(logits);
            assertTrue(TinyQwen2.relativeError(last, lastRow(c.logits())) <= 2e-2);
            assertArrayEquals(new int[] {argMax(lastRow(c.logits()))}, new int[] {argMax(last)});
        }
    }

    private static float[][] logitsAlone(final Qwen2Model model, final NDManager manager, final long[] ids) {
        final BatchLayout layout = new BatchLayout(new int[] {0});
        try (KvCache cache = model.newCache(manager, 1, ids.length)) {
            final NDArray hidden = model.forward(manager.create(ids, new Shape(1, ids.length)),
                    layout.positions(manager, 0, ids.length), layout.mask(manager, 0, ids.length), cache);
            final float[] flat = model.logits(hidden).toFloatArray();
            final int vocab = model.config().vocabSize();
            final float[][] rows = new float[ids.length][];
            for (int t = 0; t < ids.length; t++) {
                rows[t] = java.util.Arrays.copyOfRange(flat, t * vocab, (t + 1) * vocab);
            }
            return rows;
        }
    }

    private static float[] lastRow(final Qwen2Model model, final NDManager manager, final BatchLayout layout,
            final long[] ids, final KvCache cache) {
        final int past = cache.length();
        final NDArray hidden = model.forward(manager.create(ids, new Shape(1, ids.length)),
                layout.positions(manager, past, ids.length), layout.mask(manager, past, ids.length), cache);
        return model.logits(hidden.get(new NDIndex(":, -1, :"))).toFloatArray();
    }

    private static float[] lastRow(final float[][] rows) {
        return rows[rows.length - 1];
    }

    private static long[] ids(final List<Long> sequence) {
        return sequence.stream().mapToLong(Long::longValue).toArray();
    }

    private static int argMax(final float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
