package io.apimigrate.worker.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.BaseNDManager;
import io.apimigrate.worker.generate.GenerationConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decoding leaves no NDArray behind on the model's manager: every step's intermediates are freed. */
class MemoryHygieneTest {

    @Test
    void greedyAndSampledBatchesLeaveOnlyTheWeights() {
        final Path folder = TinyQwen2.folder(TinyQwen2.F32_UNTIED);
        final List<long[]> prompts = TinyQwen2.reference(TinyQwen2.F32_UNTIED).cases().stream()
                .map(TinyQwen2.Case::promptIds).toList();
        final int[] indices = {0, 1, 2, 3, 4, 5};
        try (Qwen2Model model = Qwen2Model.load(folder, TinyQwen2.cpu());
                Qwen2Tokenizer tokenizer = Qwen2Tokenizer.load(folder)) {
            final BatchDecoder decoder = new BatchDecoder(model, tokenizer,
                    GenerationDefaults.read(folder, model.config(), tokenizer));
            final int weights = arrays(model);
            decoder.decode(prompts, GenerationConfig.greedy(8), indices);
            decoder.decode(prompts, new GenerationConfig(8, 0.8, 0.9, List.of(), Duration.ofMinutes(1), 1), indices);
            decoder.decode(prompts, new GenerationConfig(8, 0.8, 1.0, List.of("x"), Duration.ofMinutes(1), 1), indices);
            assertEquals(weights, arrays(model));
        }
    }

    private static int arrays(final Qwen2Model model) {
        return ((BaseNDManager) model.manager()).getManagedArrays().size();
    }
}
