package io.apimigrate.rules.python;

/** Dotted names such as {@code a.b.c}; comments and line breaks may sit between the parts, as inside brackets. */
public final class DottedNames {

    private DottedNames() {
    }

    /** Exclusive end index of the dotted name starting at {@code first}; {@code first} when no name starts there. */
    public static int end(final Tokens tokens, final int first) {
        if (!isPart(tokens, first)) {
            return first;
        }
        int last = first;
        while (true) {
            final int dot = tokens.nextCode(last);
            if (!tokens.isOp(dot, '.')) {
                return last + 1;
            }
            final int next = tokens.nextCode(dot);
            if (!isPart(tokens, next)) {
                return last + 1;
            }
            last = next;
        }
    }

    /** The names in {@code [first, end)} joined by dots, trivia and spacing dropped: {@code a.b.c}. */
    public static String text(final Tokens tokens, final int first, final int end) {
        final StringBuilder out = new StringBuilder();
        for (int i = Math.max(first, 0); i < Math.min(end, tokens.size()); i++) {
            if (tokens.kind(i) == TokenKind.NAME) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(tokens.source(), tokens.start(i), tokens.end(i));
            }
        }
        return out.toString();
    }

    private static boolean isPart(final Tokens tokens, final int i) {
        return i >= 0 && i < tokens.size() && tokens.kind(i) == TokenKind.NAME && !tokens.isKeyword(i);
    }
}
