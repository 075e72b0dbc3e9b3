package io.apimigrate.rules.rewrite;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.pattern.CompiledPattern;
import io.apimigrate.rules.pattern.Element;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a template puts each {@code $X}, and whether the value a match binds to it can stand there.
 * Some cannot: an unpacked argument ({@code *a}) anywhere but as a whole argument or element; a
 * value that spans lines only because the call's brackets joined them, outside all brackets
 * ({@code bytes(b"a"\n b"b")} -> {@code b"a"\n b"b"}); inside an f-string's field, a value holding
 * the string's quote character, a backslash, a line break, a comment or a lambda (a SyntaxError
 * before Python 3.12, or always); a value whose loosest operator binds less tightly than the operator
 * the template puts beside it ({@code 1 - p} for {@code 1 - $A1}, {@code a + b} for {@code $A1.dtype}),
 * which would need parentheses the template does not have.
 *
 * @param bare the metavariables the template puts outside every bracket
 * @param whole the metavariables the template puts only as whole arguments or elements
 *     ({@code f($A, 1)}, {@code [$A]}), where an unpacked value may stand
 * @param inFString the metavariables the template puts in an f-string's replacement field, each
 *     with that string's quote character
 * @param levels the metavariables the template puts beside an operator, each with the loosest
 *     precedence level a value may have there ({@link Precedence})
 */
public record ValuePlaces(Set<String> bare, Set<String> whole, Map<String, Character> inFString,
        Map<String, Integer> levels) {

    private static final Pattern FSTRING_START = Pattern.compile("[A-Za-z]*[fF][A-Za-z]*(\"\"\"|'''|\"|')");

    public ValuePlaces {
        bare = Set.copyOf(bare);
        whole = Set.copyOf(whole);
        inFString = Map.copyOf(inFString);
        levels = Map.copyOf(levels);
    }

    /** The places of the template's metavariables. */
    public static ValuePlaces of(final List<Element> template) {
        final Set<String> bare = new HashSet<>();
        final Set<String> whole = new HashSet<>();
        final Set<String> part = new HashSet<>();
        final Map<String, Character> inFString = new HashMap<>();
        final Map<String, Integer> levels = new HashMap<>();
        final Deque<String> quotes = new ArrayDeque<>();
        int depth = 0;
        for (int k = 0; k < template.size(); k++) {
            final Element element = template.get(k);
            if (element instanceof Element.Literal literal) {
                final String text = literal.text();
                final var start = FSTRING_START.matcher(text);
                if (start.matches()) {
                    quotes.push(start.group(1));
                } else if (!quotes.isEmpty() && text.equals(quotes.peek())) {
                    quotes.pop();
                } else if ("([{".contains(text) && text.length() == 1) {
                    depth++;
                } else if (")]}".contains(text) && text.length() == 1) {
                    depth--;
                }
            } else if (element instanceof Element.Single single) {
                (wholeArgument(template, k) ? whole : part).add(single.name());
                final int level = Precedence.required(template, k);
                if (level > Precedence.WALRUS) {
                    levels.merge(single.name(), level, Math::max);
                }
                if (!quotes.isEmpty()) {
                    inFString.putIfAbsent(single.name(), quotes.peek().charAt(0));
                } else if (depth <= 0) {
                    bare.add(single.name());
                }
            }
        }
        whole.removeAll(part);
        return new ValuePlaces(bare, whole, inFString, levels);
    }

    private static boolean wholeArgument(final List<Element> template, final int k) {
        return k > 0 && k + 1 < template.size() && literalIn(template.get(k - 1), "(", "[", "{", ",")
                && literalIn(template.get(k + 1), ")", "]", "}", ",");
    }

    private static boolean literalIn(final Element element, final String... texts) {
        return element instanceof Element.Literal literal && List.of(texts).contains(literal.text());
    }

    /** Whether every value {@code match} binds to a single metavariable can stand where the template puts it. */
    public boolean fit(final CompiledPattern pattern, final CodeView code, final Match match) {
        int enclosed = -1;
        for (int k = 0; k < pattern.size(); k++) {
            if (pattern.element(k) instanceof Element.Single single && !single.wildcard()
                    && match.elementEnd()[k] > match.elementStart()[k] && firstNamed(pattern, k, single.name())) {
                if (enclosed < 0) {
                    enclosed = code.enclosingBracket(match.start()) >= 0 ? 1 : 0;
                }
                if (!fits(single.name(), code, match.elementStart()[k], match.elementEnd()[k], enclosed == 1)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether element {@code k} is the first single metavariable of the pattern with this name. */
    private static boolean firstNamed(final CompiledPattern pattern, final int k, final String name) {
        for (int j = 0; j < k; j++) {
            if (pattern.element(j) instanceof Element.Single earlier && earlier.name().equals(name)) {
                return false;
            }
        }
        return true;
    }

    private boolean fits(final String name, final CodeView code, final int from, final int to, final boolean enclosed) {
        if ((code.isOp(from, '*') || code.textEquals(from, "**")) && !whole.contains(name)) {
            return false;
        }
        if (bare.contains(name) && !enclosed && breaksLineOutsideItsBrackets(code, from, to)) {
            return false;
        }
        final Integer level = levels.get(name);
        if (level != null && Precedence.of(code, from, to) < level) {
            return false;
        }
        final Character quote = inFString.get(name);
        return quote == null || fitsInFString(code, from, to, quote);
    }

    private static boolean breaksLineOutsideItsBrackets(final CodeView code, final int from, final int to) {
        int depth = 0;
        for (int c = from; c + 1 < to; c++) {
            if (code.isOpening(c)) {
                depth++;
            } else if (code.isClosing(c)) {
                depth--;
            }
            if (depth == 0 && hasLineBreak(code.source(), code.end(c), code.start(c + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean fitsInFString(final CodeView code, final int from, final int to, final char quote) {
        final CharSequence text = code.source().subSequence(code.start(from), code.end(to - 1));
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c == quote || c == '\\' || c == '\n' || c == '\r' || c == '#') {
                return false;
            }
        }
        for (int c = from; c < to; c++) {
            if (code.textEquals(c, "lambda") || code.textEquals(c, ":=")) {
                return false;
            }
        }
        return !code.isOp(from, '{');
    }

    private static boolean hasLineBreak(final CharSequence source, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (source.charAt(i) == '\n' || source.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }
}
