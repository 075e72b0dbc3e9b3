package io.apimigrate.rules.python;

import java.util.Arrays;

/** Growable token arrays plus the open-bracket stack that pairs brackets and records nesting depth. */
final class TokenBuffer {

    private final CharSequence source;
    private int size;
    private byte[] kinds;
    private int[] starts;
    private int[] ends;
    private int[] partners;
    private int[] depths;
    private int[] openBrackets = new int[16];
    private int openCount;
    private boolean balanced = true;
    private boolean lineHasCode;

    TokenBuffer(final CharSequence source) {
        this.source = source;
        // Python averages about seven chars a token (6.8 over the standard library); dense code grows the arrays
        final int capacity = source.length() / 5 + 16;
        kinds = new byte[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
        partners = new int[capacity];
        depths = new int[capacity];
    }

    /** Current bracket nesting depth. */
    int depth() {
        return openCount;
    }

    /** Whether the current logical line holds a token other than trivia. */
    boolean lineHasCode() {
        return lineHasCode;
    }

    /** Kind of the last token, null when there is none. */
    TokenKind lastKind() {
        return size == 0 ? null : TokenKind.of(kinds[size - 1]);
    }

    /** Appends a token at the current depth; returns its index. */
    int add(final TokenKind kind, final int start, final int end) {
        if (size == kinds.length) {
            grow();
        }
        final int i = size++;
        kinds[i] = (byte) kind.ordinal();
        starts[i] = start;
        ends[i] = end;
        partners[i] = -1;
        depths[i] = openCount;
        if (kind == TokenKind.NEWLINE) {
            lineHasCode = false;
        } else if (!kind.isTrivia() && kind != TokenKind.ENDMARKER) {
            lineHasCode = true;
        }
        return i;
    }

    /** Appends an opening bracket operator and pushes it. */
    void open(final int start) {
        final int i = add(TokenKind.OP, start, start + 1);
        if (openCount == openBrackets.length) {
            openBrackets = Arrays.copyOf(openBrackets, openCount * 2);
        }
        openBrackets[openCount++] = i;
    }

    /** Appends a closing bracket operator, pairing it with the innermost open bracket when that one matches. */
    void close(final int start, final char closer) {
        if (openCount > 0 && source.charAt(starts[openBrackets[openCount - 1]]) == opener(closer)) {
            final int partner = openBrackets[--openCount];
            final int i = add(TokenKind.OP, start, start + 1);
            partners[i] = partner;
            partners[partner] = i;
        } else {
            balanced = false;
            add(TokenKind.OP, start, start + 1);
        }
    }

    /** Abandons open brackets down to {@code depth}, leaving them unmatched. */
    void unwindTo(final int depth) {
        if (openCount > depth) {
            balanced = false;
            openCount = depth;
        }
    }

    Tokens build() {
        if (openCount > 0) {
            balanced = false;
        }
        return new Tokens(source, size, kinds, starts, ends, partners, depths, balanced);
    }

    private static char opener(final char closer) {
        return switch (closer) {
            case ')' -> '(';
            case ']' -> '[';
            default -> '{';
        };
    }

    private void grow() {
        final int capacity = kinds.length * 2;
        kinds = Arrays.copyOf(kinds, capacity);
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        partners = Arrays.copyOf(partners, capacity);
        depths = Arrays.copyOf(depths, capacity);
    }
}
