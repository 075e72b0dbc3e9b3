package io.apimigrate.rules.python;

/**
 * Structural checks every token stream must pass, whatever the input; each names the token and offset at fault.
 * Messages are built only on failure: these checks run per token on megabyte inputs.
 */
final class TokenInvariants {

    private TokenInvariants() {
    }

    static void check(final CharSequence source, final Tokens tokens) {
        final int n = source.length();
        if (tokens.size() == 0 || tokens.kind(tokens.size() - 1) != TokenKind.ENDMARKER) {
            throw new AssertionError("no final ENDMARKER");
        }
        int previousEnd = n > 0 && source.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = 0; i < tokens.size(); i++) {
            final int start = tokens.start(i);
            final int end = tokens.end(i);
            if (start < previousEnd || start > end || end > n) {
                throw new AssertionError("token " + i + " span " + start + ".." + end + " after " + previousEnd
                        + " in length " + n);
            }
            checkGap(source, previousEnd, start);
            previousEnd = end;
            checkPartner(tokens, i);
            if (tokens.depth(i) < 0 || tokens.lineStart(tokens.line(i)) > start) {
                throw new AssertionError("depth or line of token " + i);
            }
        }
        checkGap(source, previousEnd, n);
    }

    private static void checkPartner(final Tokens tokens, final int i) {
        final int partner = tokens.partner(i);
        if (partner < 0) {
            return;
        }
        final int open = Math.min(i, partner);
        final int close = Math.max(i, partner);
        if (tokens.partner(partner) != i || !Expressions.isOpener(tokens, open) || !Expressions.isCloser(tokens, close)
                || tokens.depth(open) != tokens.depth(close)) {
            throw new AssertionError("partners " + i + "/" + partner + " are not a symmetric bracket pair");
        }
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
}
