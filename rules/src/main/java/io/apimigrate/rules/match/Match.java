package io.apimigrate.rules.match;

/**
 * Where one pattern matched: code-token range {@code [start, end)} and, per pattern element,
 * the code range it covers (empty ranges for empty {@code $$$} runs).
 *
 * @param start first code token of the match
 * @param end code index after the match
 * @param elementStart per element, its first code token
 * @param elementEnd per element, the code index after it
 */
public record Match(int start, int end, int[] elementStart, int[] elementEnd) {

    /** Whether two matches share a token. */
    public boolean overlaps(final Match other) {
        return start < other.end && other.start < end;
    }
}
