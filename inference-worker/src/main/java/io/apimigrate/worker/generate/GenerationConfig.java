package io.apimigrate.worker.generate;

import java.time.Duration;
import java.util.List;

/**
 * Decoding settings for one call.
 *
 * @param maxNewTokens the most tokens generated per prompt
 * @param temperature 0 for greedy decoding, otherwise the sampling temperature
 * @param topP nucleus-sampling mass (1.0 disables it)
 * @param stopStrings generation stops once the new text contains one of these
 * @param timeLimit wall-clock limit per call; generation stops with {@link FinishReason#TIME_LIMIT}
 * @param seed random seed for sampling
 */
public record GenerationConfig(
        int maxNewTokens, double temperature, double topP, List<String> stopStrings, Duration timeLimit, long seed) {

    public GenerationConfig {
        if (maxNewTokens < 1) {
            throw new IllegalArgumentException("maxNewTokens must be >= 1, got " + maxNewTokens);
        }
        if (temperature < 0 || !(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("need temperature >= 0 and 0 < topP <= 1");
        }
        stopStrings = List.copyOf(stopStrings);
    }

    /** Greedy decoding of up to {@code maxNewTokens} tokens, no stop strings, a 60 s limit. */
    public static GenerationConfig greedy(final int maxNewTokens) {
        return new GenerationConfig(maxNewTokens, 0.0, 1.0, List.of(), Duration.ofSeconds(60), 0L);
    }
}
