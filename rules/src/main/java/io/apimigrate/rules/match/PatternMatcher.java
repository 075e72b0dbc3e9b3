package io.apimigrate.rules.match;

import io.apimigrate.rules.model.Constraint;
import io.apimigrate.rules.model.MetavariableKind;
import io.apimigrate.rules.pattern.CompiledPattern;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.python.PythonSyntax;
import io.apimigrate.rules.python.StringQuotes;
import io.apimigrate.rules.python.TokenKind;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Structural matching of a compiled pattern against a snippet's code tokens, with backtracking
 * over the extent of metavariables. Brackets are matched as a tree: a metavariable never ends
 * inside a bracket it did not open.
 */
public final class PatternMatcher {

    private static final int MAX_STEPS = 20_000;
    /**
     * Keywords that only begin a simple statement: a pattern led by one is a whole statement, so
     * {@code from m import a} does not match the start of {@code from m import a, b}.
     */
    private static final Set<String> STATEMENT_KEYWORDS = Set.of("from", "import", "del", "assert", "raise",
            "return", "global", "nonlocal", "pass", "break", "continue");

    private final CompiledPattern pattern;
    private final MetavariableKind[] kinds;
    private final Pattern[] regexes;
    /** The fewest code tokens the elements before the anchor take: a {@code $$$} run may take none. */
    private final int tokensBeforeAnchor;
    /**
     * The literal elements right around the anchor, each one token at a fixed distance from it:
     * {@code .} before and {@code (} after {@code append} in {@code $X.append($Y)}. Most anchor hits
     * that cannot match fail on one of them, before any search starts.
     */
    private final String[] literalsBefore;
    private final String[] literalsAfter;
    /** Per element, the plain string literal in the other quote character that also matches it, or null. */
    private final String[] otherQuotes;

    /** A matcher whose metavariables bind any expression. */
    public PatternMatcher(final CompiledPattern pattern) {
        this(pattern, Map.of());
    }

    /** A matcher whose constrained {@code $X} metavariables bind only the given kinds. */
    public PatternMatcher(final CompiledPattern pattern, final Map<String, Constraint> constraints) {
        this(pattern, constraints, false);
    }

    /**
     * A matcher whose constrained {@code $X} metavariables bind only the given kinds and, with
     * {@code eitherQuotes}, whose plain string literals also match the same string in the other
     * quote character.
     */
    public PatternMatcher(final CompiledPattern pattern, final Map<String, Constraint> constraints,
            final boolean eitherQuotes) {
        this.pattern = pattern;
        this.otherQuotes = new String[pattern.size()];
        this.kinds = new MetavariableKind[pattern.size()];
        this.regexes = new Pattern[pattern.size()];
        int before = 0;
        for (int k = 0; k < pattern.anchor(); k++) {
            before += pattern.element(k) instanceof Element.Multi ? 0 : 1;
        }
        this.tokensBeforeAnchor = before;
        this.literalsBefore = literalRun(pattern, pattern.anchor() - 1, -1);
        this.literalsAfter = literalRun(pattern, pattern.anchor() + 1, 1);
        for (int k = 0; k < pattern.size(); k++) {
            if (eitherQuotes && pattern.element(k) instanceof Element.Literal literal) {
                otherQuotes[k] = StringQuotes.swapped(literal.text());
            }
            if (pattern.element(k) instanceof Element.Single single && constraints.containsKey(single.name())) {
                kinds[k] = constraints.get(single.name()).kind();
                regexes[k] = constraints.get(single.name()).compiledRegex();
            }
        }
    }

    /**
     * The texts of the literal elements from {@code k} on in direction {@code step}, up to the first
     * other element or closing bracket (code may put a trailing comma before that).
     */
    private static String[] literalRun(final CompiledPattern pattern, final int from, final int step) {
        int k = from;
        while (k >= 0 && k < pattern.size() && pattern.element(k) instanceof Element.Literal literal
                && !isClosingBracket(literal.text())) {
            k += step;
        }
        final String[] texts = new String[Math.abs(k - from)];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = ((Element.Literal) pattern.element(from + i * step)).text();
        }
        return texts;
    }

    public CompiledPattern pattern() {
        return pattern;
    }

    /** Whether code token {@code at} is literal element {@code k}, whose text is {@code text}. */
    private boolean holdsLiteral(final CodeView code, final int at, final String text, final int k) {
        return code.textEquals(at, text) || otherQuotes[k] != null && code.textEquals(at, otherQuotes[k]);
    }

    /** Whether the code around the anchor holds the pattern's literals next to it. */
    private boolean literalsAround(final CodeView code, final int anchorAt) {
        for (int i = 0; i < literalsAfter.length; i++) {
            final int at = anchorAt + 1 + i;
            if (at >= code.size() || !holdsLiteral(code, at, literalsAfter[i], pattern.anchor() + 1 + i)) {
                return false;
            }
        }
        for (int i = 0; i < literalsBefore.length; i++) {
            final int at = anchorAt - 1 - i;
            if (at < 0 || !holdsLiteral(code, at, literalsBefore[i], pattern.anchor() - 1 - i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Finds a match that contains code token {@code anchorAt} as the pattern's anchor element, or
     * returns null.
     */
    public Match matchAt(final CodeView code, final int anchorAt) {
        if (!literalsAround(code, anchorAt)) {
            return null;
        }
        if (pattern.literalPrefix()) {
            return matchFrom(code, anchorAt - pattern.anchor(), anchorAt, null);
        }
        Search search = null;
        for (int start = anchorAt - tokensBeforeAnchor; start >= 0; start--) {
            if (code.isStatementEnd(start)) {
                break;
            }
            if (search == null) {
                search = new Search(code, new int[pattern.size()], new int[pattern.size()], anchorAt);
            }
            final Match match = matchFrom(code, start, anchorAt, search);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    /** The match starting at code token {@code start}; {@code reused} is a search to run again, or null. */
    private Match matchFrom(final CodeView code, final int start, final int anchorAt, final Search reused) {
        if (start < 0 || start >= code.size()) {
            return null;
        }
        final Element first = pattern.element(0);
        if (first instanceof Element.Literal literal && literal.name() && start > 0 && code.isOp(start - 1, '.')) {
            return null;
        }
        if (first instanceof Element.Single && !canStartPrimary(code, start)) {
            return null;
        }
        final boolean statement = first instanceof Element.Literal literal && STATEMENT_KEYWORDS.contains(literal.text());
        if (statement && start > 0 && !code.isStatementEnd(start - 1)) {
            return null;
        }
        final int n = pattern.size();
        final Search search = reused != null ? reused : new Search(code, new int[n], new int[n], anchorAt);
        search.reset(statement);
        return search.run(0, start) ? new Match(start, search.ends[n - 1], search.starts, search.ends) : null;
    }

    private static boolean isClosingBracket(final String text) {
        return ")".equals(text) || "]".equals(text);
    }

    private static boolean canStartPrimary(final CodeView code, final int c) {
        if (c > 0 && code.isOp(c - 1, '.')) {
            return false;
        }
        final TokenKind kind = code.kind(c);
        if (kind == TokenKind.NAME) {
            return !PythonSyntax.isKeyword(code.text(c)) || isAtomKeyword(code, c);
        }
        if (code.isOpening(c)) {
            return c == 0 || !(code.kind(c - 1) == TokenKind.NAME || code.isClosing(c - 1)
                    || code.kind(c - 1) == TokenKind.STRING);
        }
        return kind == TokenKind.NUMBER || kind == TokenKind.STRING || kind == TokenKind.FSTRING_START;
    }

    private static boolean isAtomKeyword(final CodeView code, final int c) {
        return code.textEquals(c, "None") || code.textEquals(c, "True") || code.textEquals(c, "False");
    }

    /** One backtracking search; bounded in steps so adversarial input stays cheap. */
    private final class Search {
        private final CodeView code;
        private final int[] starts;
        private final int[] ends;
        private final int anchorAt;
        private boolean wholeStatement;
        private int steps;

        Search(final CodeView code, final int[] starts, final int[] ends, final int anchorAt) {
            this.code = code;
            this.starts = starts;
            this.ends = ends;
            this.anchorAt = anchorAt;
        }

        /** Makes the search ready to run from a new start. */
        void reset(final boolean statement) {
            wholeStatement = statement;
            steps = 0;
        }

        boolean run(final int k, final int at) {
            if (++steps > MAX_STEPS) {
                return false;
            }
            if (k == pattern.size()) {
                return !wholeStatement || at >= code.size() || code.isStatementEnd(at);
            }
            if (k == pattern.anchor() && at != anchorAt) {
                return false;
            }
            final Element element = pattern.element(k);
            starts[k] = at;
            if (element instanceof Element.Literal literal) {
                if (at < code.size() && holdsLiteral(code, at, literal.text(), k)) {
                    ends[k] = at + 1;
                    return run(k + 1, at + 1);
                }
                if (trailingComma(k, literal, at)) {
                    ends[k] = at + 2;
                    return run(k + 1, at + 2);
                }
                return false;
            }
            if (element instanceof Element.Single single) {
                return matchSingle(k, single, at);
            }
            return matchMulti(k, (Element.Multi) element, at);
        }

        /**
         * Whether the code closes the bracket with a trailing comma where the pattern closes it
         * without one ({@code f(a, b,)} for {@code f($A, $B)}, as ast-grep matches it): the closing
         * element then covers the comma too, so a rewrite that leaves the bracket keeps the comma.
         * Only after a {@code $X}: a {@code $$$} run takes a trailing comma itself, and a literal
         * argument's template may already hold one.
         */
        private boolean trailingComma(final int k, final Element.Literal literal, final int at) {
            return isClosingBracket(literal.text()) && k > 0 && pattern.element(k - 1) instanceof Element.Single
                    && at + 1 < code.size() && code.isOp(at, ',') && code.textEquals(at + 1, literal.text());
        }

        private boolean matchSingle(final int k, final Element.Single single, final int at) {
            if (at >= code.size() || !canStartOperand(at)) {
                return false;
            }
            if (isOneToken(kinds[k])) {
                // a name or number binds its own token only, which every list of ends below starts with
                return matchEnd(k, single, at, at + 1);
            }
            final Element next = k + 1 < pattern.size() ? pattern.element(k + 1) : null;
            final int[] candidates = isTrailerStart(next) ? primaryEnds(at) : operandEnds(at);
            for (int i = candidates.length - 1; i >= 0; i--) {
                if (matchEnd(k, single, at, candidates[i])) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isOneToken(final MetavariableKind kind) {
            return kind == MetavariableKind.IDENTIFIER || kind == MetavariableKind.INTEGER
                    || kind == MetavariableKind.FLOAT;
        }

        /** Binds metavariable {@code k} to tokens {@code [at, end)} where its constraints allow, and matches on. */
        private boolean matchEnd(final int k, final Element.Single single, final int at, final int end) {
            if (!single.wildcard() && !consistent(k, single.name(), at, end)
                    || kinds[k] != null && !LiteralKinds.is(code, at, end, kinds[k])
                    || regexes[k] != null && !BudgetedText.finds(regexes[k], code.text(at, end))) {
                return false;
            }
            ends[k] = end;
            return run(k + 1, end);
        }

        private boolean matchMulti(final int k, final Element.Multi multi, final int at) {
            final int[] candidates = argumentEnds(at, multi);
            for (final int end : candidates) {
                if (!"_".equals(multi.name()) && !consistent(k, multi.name(), at, end)) {
                    continue;
                }
                ends[k] = end;
                if (run(k + 1, end)) {
                    return true;
                }
            }
            return false;
        }

        /** A metavariable used twice must cover the same tokens both times. */
        private boolean consistent(final int k, final String name, final int from, final int to) {
            for (int j = 0; j < k; j++) {
                final Element earlier = pattern.element(j);
                final String earlierName = earlier instanceof Element.Single s ? s.name()
                        : earlier instanceof Element.Multi m ? m.name() : null;
                if (name.equals(earlierName) && !code.sameTokens(starts[j], ends[j], from, to)) {
                    return false;
                }
            }
            return true;
        }

        private boolean canStartOperand(final int c) {
            if (code.isClosing(c) || code.isStatementEnd(c) || code.kind(c) == TokenKind.ENDMARKER) {
                return false;
            }
            if (code.kind(c) == TokenKind.OP) {
                return code.isOpening(c) || code.isOp(c, '-') || code.isOp(c, '+') || code.isOp(c, '~')
                        || code.isOp(c, '*');
            }
            return true;
        }

        private boolean isTrailerStart(final Element next) {
            return next instanceof Element.Literal literal
                    && (".".equals(literal.text()) || "(".equals(literal.text()) || "[".equals(literal.text()));
        }

        /** Ends of the primary starting at {@code at}: after its atom and after each trailer. */
        private int[] primaryEnds(final int at) {
            final IntList out = new IntList();
            int c = atomEnd(at);
            if (c < 0) {
                return new int[0];
            }
            out.add(c);
            while (c < code.size()) {
                if (code.isOp(c, '.') && c + 1 < code.size() && code.kind(c + 1) == TokenKind.NAME) {
                    c += 2;
                } else if ((code.isOp(c, '(') || code.isOp(c, '[')) && code.partner(c) > c) {
                    c = code.partner(c) + 1;
                } else {
                    break;
                }
                out.add(c);
            }
            return out.toArray();
        }

        private int atomEnd(final int at) {
            if (code.isOpening(at)) {
                return code.partner(at) > at ? code.partner(at) + 1 : -1;
            }
            final TokenKind kind = code.kind(at);
            if (kind == TokenKind.NAME || kind == TokenKind.NUMBER) {
                return at + 1;
            }
            int c = at;
            while (c < code.size()) {
                final TokenKind k = code.kind(c);
                if (k == TokenKind.STRING) {
                    c++;
                } else if (k == TokenKind.FSTRING_START) {
                    c = fstringEnd(c);
                } else {
                    break;
                }
            }
            return c > at ? c : -1;
        }

        private int fstringEnd(final int start) {
            int depth = 0;
            for (int c = start; c < code.size(); c++) {
                final TokenKind k = code.kind(c);
                if (k == TokenKind.FSTRING_START) {
                    depth++;
                } else if (k == TokenKind.FSTRING_END && --depth == 0) {
                    return c + 1;
                }
            }
            return code.size();
        }

        /**
         * Every token boundary at the operand's bracket level, up to a separator; a lambda's
         * parameters, up to its {@code :}, hold no boundary and no separator.
         */
        private int[] operandEnds(final int at) {
            final IntList out = new IntList();
            int c = at;
            while (c < code.size()) {
                if (c > at && isSeparator(c)) {
                    break;
                }
                if (code.isClosing(c) || code.isStatementEnd(c)) {
                    break;
                }
                if (code.kind(c) == TokenKind.NAME && code.textEquals(c, "lambda")) {
                    final int colon = code.lambdaColon(c);
                    if (colon < 0) {
                        break;
                    }
                    c = colon + 1;
                    continue; // a body follows: no boundary right after the colon
                } else if (code.isOpening(c)) {
                    final int p = code.partner(c);
                    if (p < c) {
                        break;
                    }
                    c = p + 1;
                } else if (code.kind(c) == TokenKind.FSTRING_START) {
                    c = fstringEnd(c);
                } else {
                    c++;
                }
                out.add(c);
            }
            return out.toArray();
        }

        private boolean isSeparator(final int c) {
            return code.isOp(c, ',') || code.isOp(c, '=') || code.isOp(c, ':');
        }

        /** Candidate ends of an argument run starting at {@code at}, shortest first. */
        private int[] argumentEnds(final int at, final Element.Multi multi) {
            final IntList out = new IntList();
            out.add(at);
            if (multi.commaBefore() && !code.isOp(at, ',')) {
                return out.toArray();
            }
            int c = multi.commaBefore() ? at + 1 : at;
            boolean any = false;
            while (c < code.size()) {
                if (code.isClosing(c) || code.isStatementEnd(c)) {
                    break;
                }
                if (code.isOp(c, ',')) {
                    if (any || multi.commaBefore()) {
                        out.add(multi.commaAfter() ? c + 1 : c);
                    }
                    c++;
                    continue;
                }
                any = true;
                if (code.isOpening(c)) {
                    final int p = code.partner(c);
                    if (p < c) {
                        break;
                    }
                    c = p + 1;
                } else {
                    c++;
                }
            }
            if (!multi.commaAfter() && c > at && c != out.last()) {
                out.add(c);
            }
            return out.toArray();
        }
    }

    /** A growable int array, to keep the hot path free of boxing. */
    private static final class IntList {
        private int[] values = new int[8];
        private int size;

        void add(final int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int last() {
            return size == 0 ? -1 : values[size - 1];
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
