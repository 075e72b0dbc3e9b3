package io.apimigrate.rules.rewrite;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.python.TokenKind;
import java.util.List;
import java.util.Map;

/**
 * Python's operator precedence, for values a template moves next to an operator: {@code 1 - $A1}
 * for {@code keep_prob=$A1} needs a value that binds tighter than {@code -}, or it would read
 * {@code 1 - 1 - p} where {@code 1 - (1 - p)} was meant. Levels from loosest to tightest, as the
 * language reference lists them: lambda, conditional, or, and, not, comparisons, {@code |},
 * {@code ^}, {@code &}, shifts, {@code + -}, {@code * @ / // %}, unary {@code + - ~}, {@code **},
 * await, and the primaries (names, literals, calls, subscripts, attributes, displays).
 */
final class Precedence {

    static final int WALRUS = 0;
    static final int LAMBDA = 1;
    static final int CONDITIONAL = 2;
    static final int OR = 3;
    static final int AND = 4;
    static final int NOT = 5;
    static final int COMPARISON = 6;
    static final int UNARY = 13;
    static final int POWER = 14;
    static final int AWAIT = 15;
    static final int PRIMARY = 16;

    private static final Map<String, Integer> BINARY = Map.ofEntries(
            Map.entry("or", OR), Map.entry("and", AND),
            Map.entry("in", COMPARISON), Map.entry("is", COMPARISON), Map.entry("<", COMPARISON),
            Map.entry("<=", COMPARISON), Map.entry(">", COMPARISON), Map.entry(">=", COMPARISON),
            Map.entry("!=", COMPARISON), Map.entry("==", COMPARISON),
            Map.entry("|", 7), Map.entry("^", 8), Map.entry("&", 9), Map.entry("<<", 10), Map.entry(">>", 10),
            Map.entry("+", 11), Map.entry("-", 11),
            Map.entry("*", 12), Map.entry("@", 12), Map.entry("/", 12), Map.entry("//", 12), Map.entry("%", 12),
            Map.entry("**", POWER));

    private Precedence() {
    }

    /**
     * The loosest level a value may have at template element {@code k} and keep its meaning, or
     * {@link #WALRUS} where anything goes (a whole argument, an element, the template alone).
     */
    static int required(final List<Element> template, final int k) {
        int required = WALRUS;
        if (k + 1 < template.size() && template.get(k + 1) instanceof Element.Literal after) {
            final String text = after.text();
            if (".".equals(text) || "(".equals(text) || "[".equals(text)) {
                required = PRIMARY;
            } else if (BINARY.containsKey(text) || "not".equals(text) || "if".equals(text)) {
                final int level = "not".equals(text) ? COMPARISON : "if".equals(text) ? CONDITIONAL : BINARY.get(text);
                // a left operand may share its operator's level (left to right), but not of **, a
                // comparison (they chain) or a conditional expression
                required = Math.max(required, level == POWER ? AWAIT
                        : level == COMPARISON || level == CONDITIONAL ? level + 1 : level);
            }
        }
        if (k > 0 && template.get(k - 1) instanceof Element.Literal before) {
            final String text = before.text();
            final boolean unary = k == 1 || !operandEnd(template.get(k - 2));
            if (unary && ("-".equals(text) || "+".equals(text) || "~".equals(text))) {
                required = Math.max(required, UNARY);
            } else if ("not".equals(text)) {
                final boolean isNot = k >= 2 && template.get(k - 2) instanceof Element.Literal is && "is".equals(is.text());
                required = Math.max(required, isNot ? COMPARISON + 1 : NOT);
            } else if ("await".equals(text)) {
                required = Math.max(required, PRIMARY);
            } else if (!unary && BINARY.containsKey(text)) {
                final int level = BINARY.get(text);
                // a right operand must bind tighter, but the right operand of ** may be unary
                required = Math.max(required, level == POWER ? UNARY : level + 1);
            }
        }
        return required;
    }

    /** Whether a template element ends an operand: a name, literal, metavariable or closing bracket. */
    private static boolean operandEnd(final Element element) {
        if (!(element instanceof Element.Literal literal)) {
            return true;
        }
        final String text = literal.text();
        if (literal.name()) {
            return !BINARY.containsKey(text) && !"not".equals(text) && !"lambda".equals(text) && !"if".equals(text)
                    && !"else".equals(text) && !"await".equals(text) && !"return".equals(text);
        }
        return ")".equals(text) || "]".equals(text) || "}".equals(text) || !text.isEmpty()
                && (Character.isDigit(text.charAt(0)) || text.charAt(0) == '"' || text.charAt(0) == '\'');
    }

    /** The loosest level of the value in code tokens {@code [from, to)}: its weakest operator outside brackets. */
    static int of(final CodeView code, final int from, final int to) {
        int level = PRIMARY;
        int depth = 0;
        for (int c = from; c < to; c++) {
            if (code.isOpening(c)) {
                depth++;
                continue;
            }
            if (code.isClosing(c)) {
                depth--;
                continue;
            }
            if (depth > 0 || code.kind(c) != TokenKind.OP && code.kind(c) != TokenKind.NAME) {
                continue;
            }
            level = Math.min(level, levelAt(code, c, from));
        }
        return level;
    }

    private static int levelAt(final CodeView code, final int c, final int from) {
        if (code.kind(c) == TokenKind.NAME) {
            if (code.textEquals(c, "lambda")) {
                return LAMBDA;
            }
            if (code.textEquals(c, "if") || code.textEquals(c, "else")) {
                return CONDITIONAL;
            }
            if (code.textEquals(c, "not")) {
                return c > from && code.textEquals(c - 1, "is") ? COMPARISON
                        : c + 1 < code.size() && code.textEquals(c + 1, "in") ? COMPARISON : NOT;
            }
            if (code.textEquals(c, "await")) {
                return AWAIT;
            }
            final Integer binary = keywordLevel(code, c);
            return binary == null ? PRIMARY : binary;
        }
        if (code.textEquals(c, ":=")) {
            return WALRUS;
        }
        final boolean unary = c == from || code.kind(c - 1) == TokenKind.OP && !code.isClosing(c - 1);
        if (unary && (code.isOp(c, '-') || code.isOp(c, '+') || code.isOp(c, '~'))) {
            return UNARY;
        }
        for (final Map.Entry<String, Integer> entry : BINARY.entrySet()) {
            if (code.textEquals(c, entry.getKey())) {
                return entry.getValue();
            }
        }
        return PRIMARY;
    }

    private static Integer keywordLevel(final CodeView code, final int c) {
        if (code.textEquals(c, "or")) {
            return OR;
        }
        if (code.textEquals(c, "and")) {
            return AND;
        }
        return code.textEquals(c, "in") || code.textEquals(c, "is") ? COMPARISON : null;
    }
}
