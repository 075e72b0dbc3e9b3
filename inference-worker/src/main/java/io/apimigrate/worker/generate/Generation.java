package io.apimigrate.worker.generate;

import java.util.List;

/**
 * One prompt's continuation.
 *
 * @param text the new text only (stop string excluded)
 * @param tokenIds the new token ids, where the backend reports them
 * @param finishReason why generation stopped
 * @param promptTokens the prompt's length in tokens, where known
 * @param elapsedMillis wall-clock time spent on this prompt's batch
 * @param error the failure's message when {@code finishReason} is ERROR, else empty
 */
public record Generation(
        String text, List<Integer> tokenIds, FinishReason finishReason, int promptTokens, long elapsedMillis, String error) {

    public Generation {
        tokenIds = List.copyOf(tokenIds);
    }
}
