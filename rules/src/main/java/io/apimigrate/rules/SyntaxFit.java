package io.apimigrate.rules;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.CompiledRule;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.rewrite.ValuePlaces;

/**
 * Whether a rule's rewrite at a match keeps the code valid Python where its examples cannot say:
 * the values it moves can stand where the template puts them ({@link ValuePlaces}), its braces
 * do not fuse with an f-string's, and an {@code else:} it makes is its statement's last clause.
 */
final class SyntaxFit {

    private SyntaxFit() {
    }

    static boolean keeps(final CompiledRule compiled, final CodeView code, final Match match) {
        final String template = compiled.rule().template();
        return compiled.places().fit(compiled.matcher().pattern(), code, match)
                && !doublesABrace(template, code, match) && !elseBeforeAClause(template, code, match);
    }

    /**
     * Whether the template starts with a brace right after one, or ends with one right before one:
     * in an f-string's field ({@code f"{set([x])}"}) the two would fuse into an escaped brace.
     */
    private static boolean doublesABrace(final String template, final CodeView code, final Match match) {
        final int first = firstNonBlank(template);
        final int last = lastNonBlank(template);
        final CharSequence source = code.source();
        final int from = code.start(match.start());
        final int to = code.end(match.end() - 1);
        return first >= 0 && template.charAt(first) == '{' && from > 0 && source.charAt(from - 1) == '{'
                || last >= 0 && template.charAt(last) == '}' && to < source.length() && source.charAt(to) == '}';
    }

    private static int firstNonBlank(final String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? i : -1;
    }

    private static int lastNonBlank(final String text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    /**
     * Whether the template makes the match an {@code else:} clause while another clause of the same
     * statement ({@code elif}, {@code else}) follows its block: Python allows none after {@code else}.
     */
    private static boolean elseBeforeAClause(final String template, final CodeView code, final Match match) {
        final int start = firstNonBlank(template);
        if (start < 0 || !template.startsWith("else", start)) {
            return false;
        }
        final CharSequence source = code.source();
        final int indent = indentation(source, lineStart(source, code.start(match.start())));
        for (int line = nextLine(source, code.end(match.end() - 1)); line < source.length(); line = nextLine(source, line)) {
            final int width = indentation(source, line);
            final int first = line + width;
            if (first >= source.length() || source.charAt(first) == '\n' || source.charAt(first) == '\r'
                    || source.charAt(first) == '#' || width > indent) {
                continue;
            }
            return width == indent && (startsWord(source, first, "elif") || startsWord(source, first, "else"));
        }
        return false;
    }

    private static int lineStart(final CharSequence source, final int offset) {
        int i = offset;
        while (i > 0 && source.charAt(i - 1) != '\n' && source.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    private static int nextLine(final CharSequence source, final int offset) {
        int i = offset;
        while (i < source.length() && source.charAt(i) != '\n') {
            i++;
        }
        return i + 1;
    }

    private static int indentation(final CharSequence source, final int lineStart) {
        int i = lineStart;
        while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
            i++;
        }
        return i - lineStart;
    }

    private static boolean startsWord(final CharSequence source, final int at, final String word) {
        final int end = at + word.length();
        return end <= source.length() && source.subSequence(at, end).toString().equals(word)
                && (end == source.length() || !Character.isJavaIdentifierPart(source.charAt(end)));
    }
}
