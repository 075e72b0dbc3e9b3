package io.apimigrate.rules.match;

import io.apimigrate.rules.python.TokenKind;
import io.apimigrate.rules.python.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The code tokens of a lexed snippet (comments, non-logical newlines and indentation left out),
 * indexed 0..size-1, with bracket partners translated to code indices.
 */
public final class CodeView {

    private final Tokens tokens;
    private final int[] raw;
    private final int size;
    private StatementIndex statements;

    public CodeView(final Tokens tokens) {
        this.tokens = tokens;
        this.raw = new int[tokens.size()];
        this.size = tokens.codeTokens(raw);
    }

    public Tokens tokens() {
        return tokens;
    }

    public CharSequence source() {
        return tokens.source();
    }

    public int size() {
        return size;
    }

    public int raw(final int c) {
        return raw[c];
    }

    /** The code index of raw token {@code rawIndex}, or of the next code token after it. */
    public int codeIndex(final int rawIndex) {
        final int found = Arrays.binarySearch(raw, 0, size, rawIndex);
        return found >= 0 ? found : -found - 1;
    }

    /** The code token that starts at char offset {@code offset}, or -1. */
    public int tokenStartingAt(final int offset) {
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            final int mid = (lo + hi) >>> 1;
            final int start = start(mid);
            if (start < offset) {
                lo = mid + 1;
            } else if (start > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The statements of the snippet, indexed on first use. */
    public StatementIndex statements() {
        if (statements == null) {
            statements = new StatementIndex(this);
        }
        return statements;
    }

    /** The column of code token {@code c} on its line. */
    public int column(final int c) {
        final CharSequence source = source();
        int i = start(c);
        int column = 0;
        while (i > 0 && source.charAt(i - 1) != '\n' && source.charAt(i - 1) != '\r') {
            i--;
            column++;
        }
        return column;
    }

    public TokenKind kind(final int c) {
        return tokens.kind(raw[c]);
    }

    /** Char offset where code token {@code c} starts. */
    public int start(final int c) {
        return tokens.start(raw[c]);
    }

    public int end(final int c) {
        return tokens.end(raw[c]);
    }

    public boolean textEquals(final int c, final String text) {
        return tokens.textEquals(raw[c], text);
    }

    public boolean isOp(final int c, final char op) {
        return c >= 0 && c < size && tokens.isOp(raw[c], op);
    }

    /** The matching bracket's code index, or -1. */
    public int partner(final int c) {
        final int p = tokens.partner(raw[c]);
        return p < 0 ? -1 : codeIndex(p);
    }

    /**
     * The keyword names passed in the call whose parenthesis is code token {@code open}, not those
     * of calls inside its arguments; none where {@code open} is no closed call's parenthesis.
     */
    public List<String> callKeywords(final int open) {
        final List<String> out = new ArrayList<>();
        if (open >= size || !isOp(open, '(') || partner(open) <= open) {
            return out;
        }
        final int close = partner(open);
        for (int c = open + 1; c + 1 < close; c++) {
            if (isOpening(c) && partner(c) > c) {
                c = partner(c);
            } else if (kind(c) == TokenKind.NAME && isOp(c + 1, '=') && (isOp(c - 1, '(') || isOp(c - 1, ','))) {
                out.add(text(c));
            }
        }
        return out;
    }

    public boolean isOpening(final int c) {
        return isOp(c, '(') || isOp(c, '[') || isOp(c, '{');
    }

    public boolean isClosing(final int c) {
        return isOp(c, ')') || isOp(c, ']') || isOp(c, '}');
    }

    /**
     * How many pairs of parentheses wrap code tokens [{@code from}, {@code to}) and nothing else:
     * 2 for {@code x.f()} in {@code ((x.f()))}.
     */
    public int wrappingParens(final int from, final int to) {
        int k = 0;
        while (from - k - 1 >= 0 && to + k < size && isOp(from - k - 1, '(') && partner(from - k - 1) == to + k) {
            k++;
        }
        return k;
    }

    /**
     * Whether code token {@code c} is the name of a keyword argument or of a parameter's default
     * ({@code input} in {@code f(input=x)}): a name inside parentheses, after {@code (} or
     * {@code ,}, before a lone {@code =}.
     */
    public boolean isKeywordName(final int c) {
        return kind(c) == TokenKind.NAME && isOp(c + 1, '=') && (isOp(c - 1, '(') || isOp(c - 1, ','))
                && isOp(enclosingBracket(c), '(');
    }

    /** The innermost bracket of its statement still open at code token {@code c}, or -1 when none is. */
    public int enclosingBracket(final int c) {
        for (int k = c - 1; k >= 0 && !isStatementEnd(k); k--) {
            if (isClosing(k) && partner(k) >= 0) {
                k = partner(k);
            } else if (isOpening(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The {@code :} that ends the parameters of the lambda whose keyword is at {@code lambda}
     * (its defaults and {@code *args} included), or -1 when the statement or bracket ends first.
     */
    public int lambdaColon(final int lambda) {
        int c = lambda + 1;
        while (c < size() && !isClosing(c) && !isStatementEnd(c)) {
            if (isOp(c, ':')) {
                return c;
            }
            if (isOpening(c)) {
                final int p = partner(c);
                if (p < c) {
                    return -1;
                }
                c = p + 1;
            } else {
                c++;
            }
        }
        return -1;
    }

    /** Whether token {@code c} ends a logical statement ({@code NEWLINE} or {@code ;}). */
    public boolean isStatementEnd(final int c) {
        return kind(c) == TokenKind.NEWLINE || isOp(c, ';');
    }

    public String text(final int c) {
        return tokens.text(raw[c]);
    }

    /** Source text from the start of code token {@code from} to the end of code token {@code to - 1}. */
    public String text(final int from, final int to) {
        if (to <= from) {
            return "";
        }
        return source().subSequence(start(from), end(to - 1)).toString();
    }

    /** Whether two code ranges hold the same token texts (layout and comments aside). */
    public boolean sameTokens(final int from1, final int to1, final int from2, final int to2) {
        if (to1 - from1 != to2 - from2) {
            return false;
        }
        for (int k = 0; k < to1 - from1; k++) {
            if (!text(from1 + k).equals(text(from2 + k))) {
                return false;
            }
        }
        return true;
    }
}
