package io.apimigrate.rules.python;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Splits a token stream into logical statements at NEWLINE and at {@code ;} outside brackets. */
public final class Statements {

    private Statements() {
    }

    /** The statements of {@code tokens} in source order; empty statements (blank lines, {@code ;;}) yield none. */
    public static List<Statement> split(final Tokens tokens) {
        return split(tokens, first -> true);
    }

    /** {@link #split(Tokens)}, keeping only the statements whose first token {@code starts} accepts. */
    public static List<Statement> split(final Tokens tokens, final IntPredicate starts) {
        final List<Statement> statements = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            final TokenKind kind = tokens.kind(i);
            if (kind == TokenKind.NEWLINE || kind == TokenKind.ENDMARKER
                    || tokens.depth(i) == 0 && tokens.isOp(i, ';')) {
                if (first >= 0 && starts.test(first)) {
                    statements.add(statement(tokens, first, last + 1));
                }
                first = -1;
            } else if (!kind.isTrivia()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return statements;
    }

    /** The statement containing token {@code i}, or null if {@code i} lies between statements. */
    public static Statement containing(final List<Statement> statements, final int i) {
        int low = 0;
        int high = statements.size() - 1;
        while (low <= high) {
            final int mid = (low + high) >>> 1;
            final Statement s = statements.get(mid);
            if (i < s.firstToken()) {
                high = mid - 1;
            } else if (i >= s.endToken()) {
                low = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    static Statement statement(final Tokens tokens, final int first, final int end) {
        final int startOffset = tokens.start(first);
        final int endOffset = tokens.end(end - 1);
        return new Statement(first, end, startOffset, endOffset, tokens.line(first),
                tokens.lineAt(Math.max(startOffset, endOffset - 1)));
    }
}
