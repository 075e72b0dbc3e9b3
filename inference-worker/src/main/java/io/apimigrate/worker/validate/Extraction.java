package io.apimigrate.worker.validate;

/**
 * The code found in a generator's reply.
 *
 * @param code the code, without fences, leading blank lines or trailing whitespace; empty when none was found
 * @param source where in the reply the code came from
 */
public record Extraction(String code, Source source) {

    /** Where the code came from. */
    public enum Source {
        /** A fenced block with its closing fence. */
        CLOSED_FENCE,
        /** A fenced block whose closing fence never came (a stop string or the token budget cut it). */
        OPEN_FENCE,
        /** A reply without fences, taken whole. */
        UNFENCED,
        /** Nothing usable: a reasoning reply without a code block. */
        NONE
    }
}
