package io.apimigrate.rules.pattern;

import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.TokenKind;
import io.apimigrate.rules.python.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles pattern and template text into elements. Metavariables follow ast-grep: {@code $X} (one
 * expression), {@code $_} (one expression, not captured), {@code $$$X} and {@code $$$} (a run of
 * arguments); names are upper-case letters, digits and underscores.
 */
public final class PatternCompiler {

    private static final Pattern META = Pattern.compile("\\$\\$\\$([A-Z_][A-Z0-9_]*)?|\\$([A-Z_][A-Z0-9_]*)");
    private static final String SINGLE_MARK = "__mvS_";
    private static final String MULTI_MARK = "__mvM_";

    /** Keywords that open a statement with a dotted name or an expression after them. */
    private static final Set<String> STATEMENT_KEYWORDS = Set.of(
            "from", "import", "return", "del", "assert", "raise", "yield", "await", "global", "nonlocal");

    private PatternCompiler() {
    }

    /** Compiles a pattern; the message of the exception says what is wrong. */
    public static CompiledPattern compile(final String pattern) {
        final List<Element> elements = elements(pattern, "pattern");
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("pattern: empty; write the code to match, e.g. np.float");
        }
        final int anchor = anchor(elements);
        if (anchor < 0) {
            throw new IllegalArgumentException(
                    "pattern: needs at least one literal token besides metavariables, e.g. $X.append($Y)");
        }
        boolean literalPrefix = true;
        for (int i = 0; i < anchor; i++) {
            literalPrefix &= elements.get(i) instanceof Element.Literal;
        }
        return new CompiledPattern(pattern, elements, anchor, literalPrefix);
    }

    /**
     * The element the index looks up: the last name of a leading dotted name ({@code norm} in
     * {@code np.linalg.norm($X)}), which tells the many rules of one library apart where the
     * library's name would put them all in one bucket, read after a leading statement keyword
     * ({@code cross_validation} in {@code from sklearn.cross_validation import $X}, where
     * {@code from} would gather every import rule); otherwise the first literal name, otherwise the
     * first literal; -1 when there is no literal.
     */
    private static int anchor(final List<Element> elements) {
        int dotted = -1;
        final int first = !elements.isEmpty() && isStatementKeyword(elements.get(0)) ? 1 : 0;
        for (int i = first; i < elements.size() && isName(elements.get(i)); i += 2) {
            dotted = i;
            if (i + 1 == elements.size() || !isDot(elements.get(i + 1))) {
                break;
            }
        }
        if (dotted >= 0) {
            return dotted;
        }
        for (int i = 0; i < elements.size(); i++) {
            if (isName(elements.get(i))) {
                return i;
            }
        }
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof Element.Literal) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isStatementKeyword(final Element element) {
        return element instanceof Element.Literal literal && STATEMENT_KEYWORDS.contains(literal.text());
    }

    private static boolean isName(final Element element) {
        return element instanceof Element.Literal literal && literal.name();
    }

    private static boolean isDot(final Element element) {
        return element instanceof Element.Literal literal && ".".equals(literal.text());
    }

    /** Compiles template text; it may be empty (the match is deleted). */
    public static List<Element> template(final String template) {
        return elements(template, "template");
    }

    private static List<Element> elements(final String text, final String field) {
        final StringBuilder encoded = new StringBuilder(text.length() + 16);
        final Matcher matcher = META.matcher(text);
        int last = 0;
        while (matcher.find()) {
            encoded.append(text, last, matcher.start());
            final boolean multi = matcher.group().startsWith("$$$");
            final String name = multi ? (matcher.group(1) == null ? "_" : matcher.group(1)) : matcher.group(2);
            final String mark = (multi ? MULTI_MARK : SINGLE_MARK) + name;
            // pad so that offsets in the encoded text equal offsets in the original text
            final int width = matcher.end() - matcher.start();
            if (mark.length() > width) {
                encoded.append(mark);
            } else {
                encoded.append(mark).append(" ".repeat(width - mark.length()));
            }
            last = matcher.end();
        }
        encoded.append(text, last, text.length());
        final Tokens tokens = PythonLexer.lex(encoded);
        final OffsetMap offsets = new OffsetMap(text, encoded.toString());
        final List<Element> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            final TokenKind kind = tokens.kind(i);
            if (!isCode(kind)) {
                continue;
            }
            if (kind == TokenKind.ERRORTOKEN) {
                throw new IllegalArgumentException(field + ": cannot read '" + tokens.text(i) + "' at offset "
                        + offsets.original(tokens.start(i)));
            }
            final String tokenText = tokens.text(i);
            final int start = offsets.original(tokens.start(i));
            final int end = offsets.original(tokens.end(i));
            if (kind == TokenKind.NAME && tokenText.startsWith(SINGLE_MARK)) {
                out.add(new Element.Single(tokenText.substring(SINGLE_MARK.length()), start, end));
            } else if (kind == TokenKind.NAME && tokenText.startsWith(MULTI_MARK)) {
                out.add(new Element.Multi(tokenText.substring(MULTI_MARK.length()), false, false, start, end, start, end));
            } else {
                out.add(new Element.Literal(tokenText, kind == TokenKind.NAME, start, end));
            }
        }
        return absorbCommas(out);
    }

    private static boolean isCode(final TokenKind kind) {
        return switch (kind) {
            case COMMENT, NL, NEWLINE, INDENT, DEDENT, ENDMARKER -> false;
            default -> true;
        };
    }

    private static List<Element> absorbCommas(final List<Element> in) {
        final List<Element> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            final Element element = in.get(i);
            if (!(element instanceof Element.Multi multi)) {
                out.add(element);
                continue;
            }
            final Element before = out.isEmpty() ? null : out.get(out.size() - 1);
            final Element after = i + 1 < in.size() ? in.get(i + 1) : null;
            if (isComma(before)) {
                out.remove(out.size() - 1);
                out.add(new Element.Multi(multi.name(), true, false, multi.markerStart(), multi.markerEnd(), before.start(), multi.end()));
            } else if (isComma(after)) {
                out.add(new Element.Multi(multi.name(), false, true, multi.markerStart(), multi.markerEnd(), multi.start(), after.end()));
                i++;
            } else {
                out.add(multi);
            }
        }
        return out;
    }

    private static boolean isComma(final Element element) {
        return element instanceof Element.Literal literal && ",".equals(literal.text());
    }

    /** Maps offsets of the encoded text back to the original text (markers may be longer). */
    private static final class OffsetMap {
        private final int[] map;

        OffsetMap(final String original, final String encoded) {
            map = new int[encoded.length() + 1];
            final Matcher matcher = META.matcher(original);
            int o = 0;
            int e = 0;
            while (matcher.find()) {
                while (o < matcher.start()) {
                    map[e++] = o++;
                }
                final int width = matcher.end() - matcher.start();
                final String group = matcher.group();
                final boolean multi = group.startsWith("$$$");
                final String name = multi ? (matcher.group(1) == null ? "_" : matcher.group(1)) : matcher.group(2);
                final int markLength = Math.max(width, (multi ? MULTI_MARK : SINGLE_MARK).length() + name.length());
                for (int k = 0; k < markLength; k++) {
                    map[e++] = o + Math.min(k, width);
                }
                o = matcher.end();
            }
            while (o < original.length()) {
                map[e++] = o++;
            }
            map[e] = o;
        }

        int original(final int encodedOffset) {
            return map[Math.min(encodedOffset, map.length - 1)];
        }
    }
}
