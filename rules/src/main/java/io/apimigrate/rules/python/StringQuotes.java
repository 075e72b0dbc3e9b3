package io.apimigrate.rules.python;

/**
 * Plain string literals, which Python reads the same in either quote character: {@code 'M'} is
 * {@code "M"}.
 */
public final class StringQuotes {

    private StringQuotes() {
    }

    /**
     * The literal written with the other quote character, or null unless it is a plain one-line
     * string with no prefix, no quote character and no backslash inside.
     */
    public static String swapped(final String literal) {
        final int n = literal.length();
        if (n < 2) {
            return null;
        }
        final char quote = literal.charAt(0);
        if (quote != '\'' && quote != '"' || literal.charAt(n - 1) != quote) {
            return null;
        }
        for (int i = 1; i < n - 1; i++) {
            final char c = literal.charAt(i);
            if (c == '\'' || c == '"' || c == '\\' || c == '\n' || c == '\r') {
                return null;
            }
        }
        final char other = quote == '"' ? '\'' : '"';
        return other + literal.substring(1, n - 1) + other;
    }

    /** The literal in {@code quote}, or as it is where it already uses it or cannot be swapped. */
    public static String in(final char quote, final String literal) {
        if (literal.isEmpty() || literal.charAt(0) == quote) {
            return literal;
        }
        final String other = swapped(literal);
        return other == null ? literal : other;
    }
}
