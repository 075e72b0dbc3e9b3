package io.apimigrate.worker.model;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.types.DataType;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The tiny random Qwen2 checkpoints under test resources and the transformers reference outputs beside them. */
final class TinyQwen2 {

    /** bfloat16 weights, tied lm_head, transformers 4.x config layout, one safetensors file. */
    static final String BF16_TIED = "bf16-tied";
    /** float32 weights, separate lm_head, transformers 5.x config layout, three shards. */
    static final String F32_UNTIED = "f32-untied";
    static final List<String> VARIANTS = List.of(BF16_TIED, F32_UNTIED);

    static {
        // One intra-op thread: the tiny model is bound by per-op overhead, and OpenMP threads spinning
        // on a shared CI machine only slow it down. An explicit -D setting wins.
        System.getProperties().putIfAbsent("ai.djl.pytorch.num_threads", "1");
        System.getProperties().putIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
    }

    private TinyQwen2() {
    }

    /** The PyTorch engine, started with the test thread settings. */
    static Engine engine() {
        return Engine.getEngine(ModelOptions.ENGINE);
    }

    static Path folder(final String variant) {
        try {
            return Path.of(TinyQwen2.class.getResource("/tiny-qwen2/" + variant + "/config.json").toURI()).getParent();
        } catch (final URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ModelOptions cpu() {
        engine();
        return new ModelOptions(Device.cpu(), DataType.FLOAT32, 32);
    }

    static Reference reference(final String variant) {
        try {
            return new ObjectMapper()
                    .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(folder(variant).resolve("reference.json").toFile(), Reference.class);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** reference.json, as tools/tiny-model/make_tiny_qwen2.py writes it. */
    record Reference(int maxNewTokens, List<Integer> eosTokenIds, List<Case> cases) {
    }

    /** One prompt: its ids, the logits at every position and the greedy continuation. */
    record Case(String prompt, long[] promptIds, float[][] logits, List<Integer> greedyIds, String greedyFinish,
            String greedyText) {
    }

    /** max|a - b| / max|b|: the error relative to the reference's scale. */
    static double relativeError(final float[] actual, final float[] expected) {
        if (actual.length != expected.length) {
            throw new AssertionError("lengths differ: " + actual.length + " vs " + expected.length);
        }
        double worst = 0;
        double scale = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
            scale = Math.max(scale, Math.abs(expected[i]));
        }
        return worst / scale;
    }
}
