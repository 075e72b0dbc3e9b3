package io.apimigrate.rules.python;

import java.util.Arrays;

/**
 * The lexer's stack of open f-string contexts: an f-string's literal text, a replacement field's expression, or a
 * field's format spec. Each entry carries the quote, triple-quote and raw flags of its f-string and a bracket depth
 * (for a literal: the depth before the f-string; for a field: the depth just inside its opening brace).
 */
final class FStringModes {

    static final byte LITERAL = 0;
    static final byte FIELD = 1;
    static final byte SPEC = 2;

    /** Empty until the first f-string: most code has none, and a lexer is made per snippet. */
    private byte[] kinds = new byte[0];
    private char[] quotes = new char[0];
    private boolean[] triples = new boolean[0];
    private boolean[] raws = new boolean[0];
    private int[] depths = new int[0];
    private int top = -1;

    boolean isEmpty() {
        return top < 0;
    }

    /** Whether the innermost context scans f-string text (literal or format spec) rather than expression tokens. */
    boolean inText() {
        return top >= 0 && kinds[top] != FIELD;
    }

    /** Whether the innermost context is a replacement field's expression. */
    boolean inField() {
        return top >= 0 && kinds[top] == FIELD;
    }

    byte kind() {
        return kinds[top];
    }

    char quote() {
        return quotes[top];
    }

    boolean triple() {
        return triples[top];
    }

    boolean raw() {
        return raws[top];
    }

    int depth() {
        return depths[top];
    }

    void pushFString(final char quote, final boolean triple, final boolean raw, final int depthBefore) {
        push(LITERAL, quote, triple, raw, depthBefore);
    }

    /** Opens a replacement field of the innermost f-string; {@code depthInside} counts its opening brace. */
    void pushField(final int depthInside) {
        push(FIELD, quotes[top], triples[top], raws[top], depthInside);
    }

    /** Turns the innermost field from expression to format spec after its top-level colon. */
    void enterSpec() {
        kinds[top] = SPEC;
    }

    void pop() {
        top--;
    }

    private void push(final byte kind, final char quote, final boolean triple, final boolean raw, final int depth) {
        if (++top == kinds.length) {
            final int capacity = Math.max(4, kinds.length * 2);
            kinds = Arrays.copyOf(kinds, capacity);
            quotes = Arrays.copyOf(quotes, capacity);
            triples = Arrays.copyOf(triples, capacity);
            raws = Arrays.copyOf(raws, capacity);
            depths = Arrays.copyOf(depths, capacity);
        }
        kinds[top] = kind;
        quotes[top] = quote;
        triples[top] = triple;
        raws[top] = raw;
        depths[top] = depth;
    }
}
