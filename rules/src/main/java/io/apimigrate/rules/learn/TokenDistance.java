package io.apimigrate.rules.learn;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.python.PythonLexer;

/** Token edit distance (insertions plus deletions) between two snippets' code tokens. */
final class TokenDistance {

    private TokenDistance() {
    }

    static int between(final String a, final String b) {
        final CodeView x = new CodeView(PythonLexer.lex(a));
        final CodeView y = new CodeView(PythonLexer.lex(b));
        final TokenDiff diff = TokenDiff.of(x, y);
        if (diff == null) {
            return Integer.MAX_VALUE / 4;
        }
        int distance = 0;
        for (final TokenDiff.DiffHunk hunk : diff.hunks) {
            distance += (hunk.oldTo() - hunk.oldFrom()) + (hunk.newTo() - hunk.newFrom());
        }
        return distance;
    }

    /**
     * Whether rewriting {@code before} into {@code rewritten} is a step on a shortest edit path
     * towards {@code expected}: the rule's edit is all right, even if other changes are missing.
     */
    static boolean stepTowards(final String before, final String rewritten, final String expected) {
        if (rewritten.equals(before)) {
            return false;
        }
        final int step = between(before, rewritten);
        return step > 0 && between(before, expected) - between(rewritten, expected) == step;
    }
}
