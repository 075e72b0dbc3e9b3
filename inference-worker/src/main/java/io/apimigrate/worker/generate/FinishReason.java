package io.apimigrate.worker.generate;

/** Why generation stopped. */
public enum FinishReason {
    /** The model produced an end-of-sequence token ({@code <|endoftext|>} or {@code <|im_end|>}). */
    EOS,
    /** A stop string appeared. */
    STOP_STRING,
    /** The token budget ran out. */
    MAX_TOKENS,
    /** The time limit ran out. */
    TIME_LIMIT,
    /** The backend failed; the generation's text is empty. */
    ERROR
}
