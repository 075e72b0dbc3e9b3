package io.apimigrate.rules.learn;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.python.PythonSyntax;
import io.apimigrate.rules.python.TokenKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Grows each diff hunk into the construct a rule should rewrite: a dotted name (with the primary
 * it hangs from), a whole call when its arguments or its own parentheses change or a trailer is
 * added to its result, or the statement otherwise; overlapping sites merge.
 */
final class SiteFinder {

    private final CodeView before;
    private final CodeView after;
    private final TokenDiff diff;

    SiteFinder(final CodeView before, final CodeView after, final TokenDiff diff) {
        this.before = before;
        this.after = after;
        this.diff = diff;
    }

    List<EditSite> sites() {
        final List<int[]> ranges = new ArrayList<>();
        for (final TokenDiff.DiffHunk hunk : diff.hunks) {
            final int swapped = swappedIn(hunk);
            final int[] range = swapped >= 0 ? callSite(swapped) : siteOf(hunk);
            if (range != null) {
                ranges.add(range);
            }
        }
        ranges.sort(Comparator.comparingInt(r -> r[0]));
        final List<int[]> merged = new ArrayList<>();
        for (final int[] range : ranges) {
            final int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] < last[1]) {
                last[1] = Math.max(last[1], range[1]);
                last[2] = range[2] >= 0 && last[2] < 0 ? range[2] : last[2];
                if (range[0] != last[0] || range[1] > last[1]) {
                    last[2] = callOf(last[0], last[1]);
                }
            } else {
                merged.add(range);
            }
        }
        final List<EditSite> sites = new ArrayList<>();
        for (final int[] range : merged) {
            final int[] mapped = mapToNew(range[0], range[1]);
            if (mapped != null) {
                sites.add(new EditSite(range[0], range[1], mapped[0], mapped[1], callOf(range[0], range[1])));
            }
        }
        return sites;
    }

    /** Old range [from, to) and call paren index (or -1) of the site around one hunk. */
    private int[] siteOf(final TokenDiff.DiffHunk hunk) {
        final int at = hunk.oldFrom();
        if (hunk.newFrom() == hunk.newTo() && wholeStatements(at, hunk.oldTo())) {
            // whole statements deleted: the site is those statements, with their line ends
            return new int[] {at, hunk.oldTo(), -1};
        }
        if (at != hunk.oldTo()) {
            if (hunk.newFrom() == hunk.newTo() && droppedSubscript(at, hunk.oldTo())) {
                // a subscript dropped from a call's result ([0]): the site is the call and its subscript
                final int[] call = callSite(before.partner(at - 1));
                call[1] = hunk.oldTo();
                return call;
            }
            if (hunk.newFrom() == hunk.newTo() && wholeArgument(at, hunk.oldTo())) {
                // an argument dropped whole: the site is its call, not the name it was
                final int paren = enclosingCallParen(at, hunk.oldTo());
                if (paren >= 0) {
                    return callSite(paren);
                }
            }
            return siteOf(at, hunk.oldTo());
        }
        if (at > 0 && at < before.size() && before.isOp(at - 1, '(') && before.isOp(at, ')') && isCallParen(at - 1)) {
            // an argument added to a call that had none: the site is the call
            return callSite(at - 1);
        }
        if (at > 0 && before.isOp(at - 1, ')') && startsTrailer(hunk.newFrom())) {
            final int paren = before.partner(at - 1);
            if (paren > 0 && isCallParen(paren)) {
                // a trailer added to a call's result ([0], .T): the site is the call
                return callSite(paren);
            }
        }
        if (at > 1 && before.kind(at - 1) == TokenKind.NAME && before.isOp(at - 2, '.')
                && after.isOp(hunk.newFrom(), '(') && (at >= before.size() || !before.isOp(at, '('))) {
            // a call added to an attribute that was not called (@amp.custom_fwd -> @amp.custom_fwd(x=1)): the site is its chain
            return new int[] {primaryStart(chainStart(at - 1)), at, -1};
        }
        final int[] around = siteOf(Math.max(0, at - 1), Math.min(before.size(), at + 1));
        if (around == null || !isStatement(around) || at >= before.size() || before.isClosing(at)
                || before.isStatementEnd(at)) {
            return around;
        }
        final int[] after = siteOf(at, at + 1);
        return after != null && !isStatement(after) ? after : around;
    }

    /**
     * The call paren around a replacement that trades places with another in the same argument
     * list ({@code f(a, b)} -> {@code f(b, a)}): the site is the call, whose arguments then carry
     * over as metavariables in their new order; -1 otherwise.
     */
    private int swappedIn(final TokenDiff.DiffHunk hunk) {
        if (hunk.oldFrom() == hunk.oldTo() || hunk.newFrom() == hunk.newTo()) {
            return -1;
        }
        for (final TokenDiff.DiffHunk other : diff.hunks) {
            if (other != hunk && other.oldTo() - other.oldFrom() == hunk.newTo() - hunk.newFrom()
                    && other.newTo() - other.newFrom() == hunk.oldTo() - hunk.oldFrom()
                    && before.text(hunk.oldFrom(), hunk.oldTo()).equals(after.text(other.newFrom(), other.newTo()))
                    && before.text(other.oldFrom(), other.oldTo()).equals(after.text(hunk.newFrom(), hunk.newTo()))) {
                final int paren = enclosingCallParen(hunk.oldFrom(), hunk.oldTo());
                if (paren >= 0 && enclosingCallParen(other.oldFrom(), other.oldTo()) == paren) {
                    return paren;
                }
            }
        }
        return -1;
    }

    /** The site of the call whose arguments open at {@code paren}: callee and arguments. */
    private int[] callSite(final int paren) {
        return new int[] {primaryStart(calleeStart(paren)), before.partner(paren) + 1, paren};
    }

    /** Whether old tokens [from, to) are one whole argument: a bracket or a comma on either side. */
    private boolean wholeArgument(final int from, final int to) {
        return from > 0 && to < before.size() && (before.isOp(from - 1, '(') || before.isOp(from - 1, ','))
                && (before.isOp(to, ')') || before.isOp(to, ','));
    }

    /** Whether new code token {@code n} starts a trailer: a subscript, an attribute or a call. */
    private boolean startsTrailer(final int n) {
        return after.isOp(n, '[') || after.isOp(n, '.') || after.isOp(n, '(');
    }

    private boolean isStatement(final int[] range) {
        return range[2] < 0 && (range[0] == 0 || before.isStatementEnd(range[0] - 1))
                && (range[1] >= before.size() || before.isStatementEnd(range[1]));
    }

    private int[] siteOf(final int from, final int to) {
        if (from >= to) {
            return null;
        }
        if (inImportStatement(from)) {
            return statementOf(from, to);
        }
        final int touchedCall = callParenTouched(from, to);
        if (touchedCall >= 0) {
            return callSite(touchedCall);
        }
        if (withinChain(from, to) && !isKeywordName(from, to)) {
            final int chainStart = chainStart(from);
            final int chainEnd = chainEnd(to - 1);
            return new int[] {primaryStart(chainStart), chainEnd, -1};
        }
        final int paren = enclosingCallParen(from, to);
        if (paren >= 0) {
            return callSite(paren);
        }
        return statementOf(from, to);
    }

    /** Whether old tokens [from, to) are whole statements: they start one and end with a statement's end. */
    private boolean wholeStatements(final int from, final int to) {
        return to > from && (from == 0 || before.isStatementEnd(from - 1)) && before.isStatementEnd(to - 1);
    }

    private boolean inImportStatement(final int c) {
        int s = c;
        while (s > 0 && !before.isStatementEnd(s - 1)) {
            s--;
        }
        return s < before.size() && (before.textEquals(s, "import") || before.textEquals(s, "from"));
    }

    private int callOf(final int from, final int to) {
        for (int c = from; c < to; c++) {
            if (before.isOp(c, '(') && c > from && (before.partner(c) == to - 1 || before.partner(c) > c
                    && droppedSubscript(before.partner(c) + 1, to))) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Whether old tokens [from, to) are exactly a subscript right after a call's closing parenthesis
     * ({@code [0]} in {@code torch.solve(b, A)[0]}).
     */
    private boolean droppedSubscript(final int from, final int to) {
        return from > 0 && from < before.size() && before.isOp(from, '[') && before.partner(from) == to - 1
                && before.isOp(from - 1, ')') && isCallParen(before.partner(from - 1));
    }

    private boolean withinChain(final int from, final int to) {
        for (int c = from; c < to; c++) {
            final boolean name = before.kind(c) == TokenKind.NAME && !PythonSyntax.isKeyword(before.text(c));
            if (!name && !before.isOp(c, '.')) {
                return false;
            }
        }
        return true;
    }

    private boolean isKeywordName(final int from, final int to) {
        final int last = chainEnd(to - 1);
        return last < before.size() && before.isOp(last, '=') && chainStart(from) > 0
                && (before.isOp(chainStart(from) - 1, '(') || before.isOp(chainStart(from) - 1, ','));
    }

    private int chainStart(final int c) {
        int s = c;
        if (before.isOp(s, '.') && s + 1 < before.size()) {
            s = s - 1 >= 0 && before.kind(s - 1) == TokenKind.NAME ? s - 1 : s + 1;
        }
        while (s >= 2 && before.isOp(s - 1, '.') && before.kind(s - 2) == TokenKind.NAME) {
            s -= 2;
        }
        return s;
    }

    /** Index after the last NAME of the dotted chain through {@code c}. */
    private int chainEnd(final int c) {
        int e = before.isOp(c, '.') ? c + 1 : c;
        while (e + 2 < before.size() && before.isOp(e + 1, '.') && before.kind(e + 2) == TokenKind.NAME) {
            e += 2;
        }
        return Math.min(e + 1, before.size());
    }

    /** First token of the primary whose trailer chain reaches {@code c}. */
    private int primaryStart(final int c) {
        int s = c;
        while (s >= 2 && before.isOp(s - 1, '.')) {
            final int prev = s - 2;
            if (before.isClosing(prev) && before.partner(prev) >= 0) {
                s = before.partner(prev);
                while (s > 0 && (before.kind(s - 1) == TokenKind.NAME && !PythonSyntax.isKeyword(before.text(s - 1))
                        || before.isClosing(s - 1) && before.partner(s - 1) >= 0)) {
                    s = before.isClosing(s - 1) ? before.partner(s - 1) : s - 1;
                }
            } else if (before.kind(prev) == TokenKind.NAME || before.kind(prev) == TokenKind.STRING
                    || before.kind(prev) == TokenKind.NUMBER) {
                s = prev;
            } else {
                break;
            }
        }
        return s;
    }

    private int calleeStart(final int paren) {
        final int prev = paren - 1;
        if (prev < 0) {
            return paren;
        }
        if (before.isClosing(prev) && before.partner(prev) >= 0) {
            return calleeStart(before.partner(prev));
        }
        return before.kind(prev) == TokenKind.NAME ? chainStart(prev) : paren;
    }

    /**
     * The opening parenthesis of the call whose own parenthesis, or the subscript its callee ends
     * with, [from, to) changes ({@code get_value(r, c)} -> {@code at[r, c]}, {@code np.cast[T](x)}
     * -> {@code np.asarray(x, dtype=T)}), when the range stays within that call; or -1.
     */
    private int callParenTouched(final int from, final int to) {
        for (int c = from; c < to; c++) {
            final int paren = before.isOp(c, '(') ? c : before.isOp(c, ')') ? before.partner(c)
                    : before.isOp(c, '[') || before.isOp(c, ']') ? subscriptedCall(c) : -1;
            if (paren > 0 && isCallParen(paren) && before.partner(paren) >= to - 1
                    && primaryStart(calleeStart(paren)) <= from) {
                return paren;
            }
        }
        return -1;
    }

    /** The call paren right after the subscript whose bracket is at {@code c} ({@code np.cast[T](x)}), or -1. */
    private int subscriptedCall(final int c) {
        final int close = before.isOp(c, ']') ? c : before.partner(c);
        return close > 0 && close + 1 < before.size() && before.isOp(close + 1, '(') ? close + 1 : -1;
    }

    /**
     * Whether the {@code (} at {@code c} opens a call's arguments: a name or a closing bracket
     * precedes it, and it is no class's bases or function's parameters.
     */
    private boolean isCallParen(final int c) {
        return before.isOp(c, '(') && c > 0 && (before.kind(c - 1) == TokenKind.NAME
                && !PythonSyntax.isKeyword(before.text(c - 1)) && !defines(c - 1)
                || before.isOp(c - 1, ')') || before.isOp(c - 1, ']'));
    }

    /** Whether name token {@code c} is the name a {@code class} or {@code def} statement defines. */
    private boolean defines(final int c) {
        return c > 0 && (before.textEquals(c - 1, "class") || before.textEquals(c - 1, "def"));
    }

    /** The innermost call parenthesis strictly around [from, to), or -1. */
    private int enclosingCallParen(final int from, final int to) {
        for (int c = from - 1; c >= 0; c--) {
            if (before.isOpening(c) && before.partner(c) >= to - 1 && before.partner(c) > from && isCallParen(c)) {
                return c;
            }
            if (before.isStatementEnd(c)) {
                return -1;
            }
        }
        return -1;
    }

    private int[] statementOf(final int from, final int to) {
        int s = from;
        while (s > 0 && !before.isStatementEnd(s - 1)) {
            s--;
        }
        int e = Math.max(to, from);
        while (e < before.size() && !before.isStatementEnd(e)) {
            e++;
        }
        return new int[] {s, e, -1};
    }

    /** The new range the old range [from, to) corresponds to, through the alignment. */
    private int[] mapToNew(final int from, final int to) {
        int newFrom = -1;
        int newTo = -1;
        for (final TokenDiff.DiffHunk hunk : diff.hunks) {
            if (hunk.oldFrom() >= from && hunk.oldTo() <= to) {
                newFrom = newFrom < 0 ? hunk.newFrom() : Math.min(newFrom, hunk.newFrom());
                newTo = Math.max(newTo, hunk.newTo());
            }
        }
        for (int c = from; c < to; c++) {
            final int n = diff.oldToNew[c];
            if (n >= 0) {
                newFrom = newFrom < 0 ? n : Math.min(newFrom, n);
                newTo = Math.max(newTo, n + 1);
            }
        }
        if (newFrom < 0) {
            return null;
        }
        return new int[] {newFrom, newTo};
    }
}
