package io.apimigrate.rules;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.CompiledRule;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.pattern.LiteralNames;
import io.apimigrate.rules.pattern.ReplacementName;
import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.TokenKind;
import io.apimigrate.rules.rewrite.MatchRewriter;
import io.apimigrate.rules.rewrite.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a match stands in code that already chooses between the old API and its replacement: a
 * branch of an {@code if} or {@code try} statement whose other branches or conditions use the
 * replacement ({@code if hasattr(fig, "set_layout_engine"): fig.set_layout_engine(e) else:
 * fig.set_tight_layout(True)}; {@code try: ... density=True ... except AttributeError: ...
 * normed=True}), or an assignment that the next {@code if} overrides with the replacement
 * ({@code weight_norm = nn.utils.weight_norm} before {@code if hasattr(nn.utils.parametrizations,
 * "weight_norm"): weight_norm = nn.utils.parametrizations.weight_norm}), the other alternative of
 * a conditional expression ({@code np.trapezoid if NUMPY_2 else np.trapz}), or a branch whose
 * condition checks for the old name ({@code elif hasattr(estimator, 'get_feature_names'):}), or a
 * branch that the rewrite would make the same as another ({@code return AdaBoostClassifier(algorithm="SAMME")}
 * under a version test whose {@code else} returns {@code AdaBoostClassifier()}). Such code
 * keeps the old API on purpose, for the versions that lack the new one; rewriting it removes that support.
 */
final class CompatBranches {

    /** Statements longer than this are no version switch: a name shared with them is coincidence. */
    static final int MAX_LINES = 15;

    private static final List<String> CLAUSES = List.of("if", "elif", "else", "try", "except", "finally");
    private static final List<String> CONTINUATIONS = List.of("elif", "else", "except", "finally");

    private CompatBranches() {
    }

    /** Whether the match is such a fallback. */
    static boolean fallback(final CompiledRule rule, final CodeView view, final Match match) {
        final int statement = statementStart(view, match.start());
        if (rewriteInOtherClause(rule, view, match, statement)) {
            return true;
        }
        final ReplacementName name = rule.replacementName();
        if (name == null) {
            return false;
        }
        if (alternativeUsing(view, statement, match, name)) {
            return true;
        }
        int column = EvidenceCheck.column(view, statement);
        if (isClause(view, statement) && (inCompoundUsing(view, statement, name, rule, true)
                || bodyStart(view, statement) <= match.start() && checksOldName(view, statement, rule))) {
            return true;
        }
        final int firstLine = line(view, statement) - MAX_LINES;
        for (int t = statement - 1; t >= 0 && column > 0 && line(view, t) >= firstLine; t--) {
            if (t > 0 && !view.isStatementEnd(t - 1)) {
                continue;
            }
            final int at = EvidenceCheck.column(view, t);
            if (at >= column) {
                continue;
            }
            column = at;
            if (view.textEquals(t, "def") || view.textEquals(t, "class")
                    || view.textEquals(t, "async") && t + 1 < view.size() && view.textEquals(t + 1, "def")) {
                break;
            }
            if (isClause(view, t) && (inCompoundUsing(view, t, name, rule, false) || checksOldName(view, t, rule))) {
                return true;
            }
        }
        return overriddenNext(view, statement, match.start(), name);
    }

    /**
     * Whether the compound statement that clause {@code header} belongs to uses the name outside the
     * clause's own body, within {@link #MAX_LINES} lines, or another path to its last part from its
     * first ({@code torch.vmap} beside {@code functorch.vmap -> torch.func.vmap}); outside its header
     * too where the match stands in it ({@code if isinstance(x, (np.float_, np.float64)):} lists both
     * for one version).
     */
    private static boolean inCompoundUsing(final CodeView view, final int header, final ReplacementName name,
            final CompiledRule rule, final boolean matchInHeader) {
        final Compound compound = Compound.of(view, header);
        if (compound == null) {
            return false;
        }
        final int before = matchInHeader ? header : bodyStart(view, header);
        return uses(view, compound.first(), before, name) || uses(view, compound.bodyEnd(), compound.end(), name)
                || usesOtherPath(view, compound.first(), before, name, rule)
                || usesOtherPath(view, compound.bodyEnd(), compound.end(), name, rule);
    }

    /**
     * Whether code tokens [from, to) hold a dotted name that starts with the replacement's first
     * part and ends with its last, by another path, and is not the rule's own old name (one of whose
     * parts the rule's pattern does not spell): {@code torch.vmap} for {@code torch.func.vmap}, not
     * {@code nn.utils.weight_norm} for {@code nn.utils.parametrizations.weight_norm}.
     */
    private static boolean usesOtherPath(final CodeView view, final int from, final int to, final ReplacementName name,
            final CompiledRule rule) {
        final List<String> names = name.names();
        if (names.size() < 2) {
            return false;
        }
        final Set<String> patternNames = LiteralNames.of(rule.plan().pattern().elements());
        for (int t = from; t < to; t++) {
            if (view.kind(t) != TokenKind.NAME || !view.textEquals(t, names.get(0))
                    || (t > 0 && view.isOp(t - 1, '.')) != name.attribute()) {
                continue;
            }
            final List<String> path = new ArrayList<>(List.of(names.get(0)));
            int last = t;
            while (last + 2 < to && view.isOp(last + 1, '.') && view.kind(last + 2) == TokenKind.NAME) {
                last += 2;
                path.add(view.text(last));
            }
            if (path.size() >= 2 && !path.equals(names) && path.get(path.size() - 1).equals(names.get(names.size() - 1))
                    && !patternNames.containsAll(path)) {
                return true;
            }
            t = last;
        }
        return false;
    }

    /**
     * Whether the rewrite would make the match's statement, in a clause body, the same as a statement
     * of another clause of its compound, within {@link #MAX_LINES} lines: the branches then differ by
     * the rewrite alone ({@code return AdaBoostClassifier(algorithm="SAMME")} under a version test whose
     * {@code else} holds {@code return AdaBoostClassifier()}).
     */
    private static boolean rewriteInOtherClause(final CompiledRule rule, final CodeView view, final Match match,
            final int statement) {
        final int column = EvidenceCheck.column(view, statement);
        final int firstLine = line(view, statement) - MAX_LINES;
        int header = -1;
        for (int t = statement - 1; t >= 0 && column > 0 && line(view, t) >= firstLine; t--) {
            if ((t == 0 || view.isStatementEnd(t - 1)) && EvidenceCheck.column(view, t) < column) {
                header = t;
                break;
            }
        }
        if (header < 0 || !isClause(view, header)) {
            return false;
        }
        final Compound compound = Compound.of(view, header);
        if (compound == null) {
            return false;
        }
        final List<String> rewritten = rewrittenStatement(rule, view, match, statement);
        return !rewritten.isEmpty() && (sameStatementIn(view, compound.first(), header, rewritten)
                || sameStatementIn(view, compound.bodyEnd(), compound.end(), rewritten));
    }

    /** The code tokens of the statement at {@code statement} once the match is rewritten. */
    private static List<String> rewrittenStatement(final CompiledRule rule, final CodeView view, final Match match,
            final int statement) {
        int last = match.end();
        while (last < view.size() && !view.isStatementEnd(last)) {
            last++;
        }
        final TextEdit edit = MatchRewriter.edit(rule.plan(), view, match);
        final CharSequence source = view.source();
        if (edit.replacement().isBlank() || edit.start() < view.start(statement) || edit.end() > view.end(last - 1)) {
            return List.of();
        }
        final String text = source.subSequence(view.start(statement), edit.start()) + edit.replacement()
                + source.subSequence(edit.end(), view.end(last - 1));
        return texts(new CodeView(PythonLexer.lex(text)), 0, Integer.MAX_VALUE);
    }

    /** Whether a statement starting in code tokens [from, to), or the inline body of a clause there, has these tokens. */
    private static boolean sameStatementIn(final CodeView view, final int from, final int to, final List<String> tokens) {
        for (int t = from; t < to && t < view.size(); t++) {
            if (t > 0 && !view.isStatementEnd(t - 1)) {
                continue;
            }
            final int start = isClause(view, t) ? bodyStart(view, t) : t;
            if (texts(view, start, to).equals(tokens)) {
                return true;
            }
        }
        return false;
    }

    /** The texts of the code tokens from {@code from} to the end of its statement, before {@code to}. */
    private static List<String> texts(final CodeView view, final int from, final int to) {
        final List<String> texts = new ArrayList<>();
        for (int t = from; t < to && t < view.size() && !view.isStatementEnd(t)
                && view.kind(t) != TokenKind.ENDMARKER; t++) {
            texts.add(view.text(t));
        }
        return texts;
    }

    /**
     * Whether the statement at {@code statement} assigns a name ({@code x = ...} with the match
     * after {@code =}) that the next statement, an {@code if} whose condition uses the replacement,
     * assigns again.
     */
    private static boolean overriddenNext(final CodeView view, final int statement, final int matchStart,
            final ReplacementName name) {
        int eq = statement;
        while (eq < view.size() && (view.kind(eq) == TokenKind.NAME || view.isOp(eq, '.'))) {
            eq++;
        }
        if (eq == statement || eq >= matchStart || !view.isOp(eq, '=')) {
            return false;
        }
        int next = statement;
        while (next < view.size() && !view.isStatementEnd(next)) {
            next++;
        }
        next++;
        final int column = EvidenceCheck.column(view, statement);
        if (next >= view.size() || !view.textEquals(next, "if") || EvidenceCheck.column(view, next) != column
                || !uses(view, next, bodyStart(view, next), name)) {
            return false;
        }
        final int end = nextAtOrLeft(view, next, column);
        if (lines(view, next, end) > MAX_LINES) {
            return false;
        }
        for (int t = next + 1; t < end; t++) {
            if (view.isStatementEnd(t - 1) && t + eq - statement < end && view.isOp(t + eq - statement, '=')
                    && view.sameTokens(t, t + eq - statement, statement, eq)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the statement is no clause header and holds a conditional expression ({@code a if c else
     * b}) that uses the name outside the match ({@code np.trapezoid if NUMPY_2 else np.trapz}), within
     * {@link #MAX_LINES} lines.
     */
    private static boolean alternativeUsing(final CodeView view, final int statement, final Match match,
            final ReplacementName name) {
        if (isClause(view, statement)) {
            return false;
        }
        final int lastLine = line(view, statement) + MAX_LINES;
        int end = statement;
        boolean conditional = false;
        boolean alternative = false;
        for (; end < view.size() && !view.isStatementEnd(end); end++) {
            if (line(view, end) > lastLine) {
                return false;
            }
            if (view.kind(end) == TokenKind.NAME) {
                conditional |= view.textEquals(end, "if");
                alternative |= view.textEquals(end, "else");
            }
        }
        return conditional && alternative
                && (uses(view, statement, match.start(), name) || uses(view, match.end(), end, name));
    }

    /**
     * Whether the condition of the clause at {@code header} names, as a string, a name of the rule's
     * pattern that its template drops ({@code hasattr(estimator, 'get_feature_names')}).
     */
    private static boolean checksOldName(final CodeView view, final int header, final CompiledRule rule) {
        final int body = bodyStart(view, header);
        Set<String> dropped = null;
        for (int t = header; t < body; t++) {
            if (view.kind(t) != TokenKind.STRING) {
                continue;
            }
            final String text = view.text(t);
            final int quote = Math.max(text.indexOf('\''), text.indexOf('"'));
            if (quote < 0 || text.length() - quote < 3) {
                continue;
            }
            if (dropped == null) {
                dropped = LiteralNames.of(rule.plan().pattern().elements());
                dropped.removeAll(LiteralNames.of(rule.plan().templateElements()));
            }
            if (dropped.contains(text.substring(quote + 1, text.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The {@code if} or {@code try} that starts the compound statement of clause {@code header}, or -1. */
    private static int compoundStart(final CodeView view, final int header, final int column) {
        final int firstLine = line(view, header) - MAX_LINES;
        for (int t = header; t >= 0 && line(view, t) >= firstLine; t--) {
            if (t > 0 && !view.isStatementEnd(t - 1)) {
                continue;
            }
            final int at = EvidenceCheck.column(view, t);
            if (at < column) {
                return -1;
            }
            if (at == column) {
                if (view.textEquals(t, "if") || view.textEquals(t, "try")) {
                    return t;
                }
                if (!isContinuation(view, t)) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /**
     * The first statement after the one at {@code t} that starts at {@code column} or left of it; the
     * end of the code where there is none, or none within {@link #MAX_LINES} lines (a statement that
     * long is no switch).
     */
    private static int nextAtOrLeft(final CodeView view, final int t, final int column) {
        final int lastLine = line(view, t) + MAX_LINES;
        for (int u = t + 1; u < view.size(); u++) {
            if (view.isStatementEnd(u - 1) && view.kind(u) != TokenKind.ENDMARKER
                    && EvidenceCheck.column(view, u) <= column) {
                return u;
            }
            if (line(view, u) > lastLine) {
                return view.size();
            }
        }
        return view.size();
    }

    /** The token after the colon that ends the clause header at {@code header}. */
    private static int bodyStart(final CodeView view, final int header) {
        int depth = 0;
        for (int t = header; t < view.size() && !view.isStatementEnd(t); t++) {
            if (view.isOpening(t)) {
                depth++;
            } else if (view.isClosing(t)) {
                depth--;
            } else if (depth == 0 && view.isOp(t, ':')) {
                return t + 1;
            }
        }
        return header;
    }

    /**
     * Whether code tokens [from, to) spell the name: its required parts, then its other parts for as
     * long as the use goes on with dots ({@code mpl.colormaps[name]} spells {@code mpl.colormaps.get_cmap};
     * {@code tf.io.gfile.exists} does not spell {@code tf.io.gfile.remove}).
     */
    private static boolean uses(final CodeView view, final int from, final int to, final ReplacementName name) {
        final List<String> names = name.names();
        for (int t = from; t < to; t++) {
            if (view.kind(t) != TokenKind.NAME || !view.textEquals(t, names.get(0))
                    || (t > 0 && view.isOp(t - 1, '.')) != name.attribute()) {
                continue;
            }
            int spelled = 1;
            while (spelled < names.size() && t + 2 * spelled < to && view.isOp(t + 2 * spelled - 1, '.')
                    && view.textEquals(t + 2 * spelled, names.get(spelled))) {
                spelled++;
            }
            final int after = t + 2 * spelled - 1;
            if (spelled == names.size() || spelled >= name.required() && (after >= to || !view.isOp(after, '.'))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The compound statement of a clause: code tokens [first, end), the clause's body ending at
     * {@code bodyEnd}.
     */
    private record Compound(int first, int bodyEnd, int end) {

        /**
         * The compound statement that clause {@code header} belongs to, or null where its start is not
         * found or it is longer than {@link #MAX_LINES} lines.
         */
        static Compound of(final CodeView view, final int header) {
            final int column = EvidenceCheck.column(view, header);
            final int first = compoundStart(view, header, column);
            if (first < 0) {
                return null;
            }
            final int bodyEnd = nextAtOrLeft(view, header, column);
            int end = bodyEnd;
            while (end < view.size() && EvidenceCheck.column(view, end) == column && isContinuation(view, end)) {
                end = nextAtOrLeft(view, end, column);
            }
            return lines(view, first, end) > MAX_LINES ? null : new Compound(first, bodyEnd, end);
        }
    }

    private static int statementStart(final CodeView view, final int c) {
        int s = c;
        while (s > 0 && !view.isStatementEnd(s - 1)) {
            s--;
        }
        return s;
    }

    private static int lines(final CodeView view, final int from, final int to) {
        return line(view, Math.max(from, Math.min(to, view.size()) - 1)) - line(view, from) + 1;
    }

    private static int line(final CodeView view, final int c) {
        return view.tokens().line(view.raw(c));
    }

    private static boolean isClause(final CodeView view, final int t) {
        return view.kind(t) == TokenKind.NAME && CLAUSES.contains(view.text(t));
    }

    private static boolean isContinuation(final CodeView view, final int t) {
        return view.kind(t) == TokenKind.NAME && CONTINUATIONS.contains(view.text(t));
    }
}
