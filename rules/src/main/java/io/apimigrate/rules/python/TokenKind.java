package io.apimigrate.rules.python;

/**
 * Token kinds as Python 3.12's {@code tokenize} module names them. Operators and delimiters are all {@link #OP};
 * {@link #ERRORTOKEN} covers text Python would reject (a stray character, an unterminated string).
 */
public enum TokenKind {
    NAME, NUMBER, STRING, FSTRING_START, FSTRING_MIDDLE, FSTRING_END, OP, COMMENT,
    NEWLINE, NL, INDENT, DEDENT, ERRORTOKEN, ENDMARKER;

    private static final TokenKind[] VALUES = values();

    static TokenKind of(final int ordinal) {
        return VALUES[ordinal];
    }

    /** Whether a token of this kind is layout or commentary rather than code: COMMENT, NL, INDENT, DEDENT. */
    public boolean isTrivia() {
        return this == COMMENT || this == NL || this == INDENT || this == DEDENT;
    }
}
