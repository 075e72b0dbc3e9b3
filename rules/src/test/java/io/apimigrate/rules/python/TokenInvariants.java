package io.apimigrate.rules.python;

/** Structural checks every token stream must pass, whatever the input; each names the token and offset at fault. */
final class TokenInvariants {

    private TokenInvariants() {
    }

    static void check(final CharSequence source, final Tokens tokens) {
        final int n = source.length();
        require(tokens.size() > 0 && tokens.kind(tokens.size() - 1) == TokenKind.ENDMARKER, "no final ENDMARKER");
        int previousEnd = n > 0 && source.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = 0; i < tokens.size(); i++) {
            final int start = tokens.start(i);
            final int end = tokens.end(i);
            require(start >= previousEnd && start <= end && end <= n,
                    "token " + i + " span " + start + ".." + end + " after " + previousEnd + " in length " + n);
            checkGap(source, previousEnd, start);
            previousEnd = end;
            final int partner = tokens.partner(i);
            if (partner >= 0) {
                require(tokens.partner(partner) == i, "partner of " + i + " is not symmetric");
                require(Expressions.isOpener(tokens, Math.min(i, partner)) && Expressions.isCloser(tokens,
                        Math.max(i, partner)), "partners " + i + "/" + partner + " are not brackets");
                require(tokens.depth(i) == tokens.depth(partner), "partners " + i + "/" + partner + " differ in depth");
            }
            require(tokens.depth(i) >= 0, "negative depth at " + i);
            require(tokens.lineStart(tokens.line(i)) <= start, "line of token " + i);
        }
        checkGap(source, previousEnd, n);
    }

    /** Between tokens only spaces, tabs, form feeds and backslash-newline continuations may appear. */
    private static void checkGap(final CharSequence source, final int from, final int to) {
        int p = from;
        while (p < to) {
            final char c = source.charAt(p);
            if (c == ' ' || c == '\t' || c == '\f') {
                p++;
            } else if (c == '\\' && p + 1 < to && (source.charAt(p + 1) == '\n' || source.charAt(p + 1) == '\r')) {
                p += source.charAt(p + 1) == '\r' && p + 2 < to && source.charAt(p + 2) == '\n' ? 3 : 2;
            } else {
                throw new AssertionError("char " + (int) c + " at offset " + p + " is in no token");
            }
        }
    }

    private static void require(final boolean condition, final String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
