package io.apimigrate.rules.rewrite;

import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.TokenKind;
import io.apimigrate.rules.python.Tokens;

/**
 * Decides, without lexing the rewritten text, that a set of one-line edits keeps the code's token
 * structure: each replacement lexes alone into whole tokens (no error, no comment, no line
 * break, no continuation), its brackets have the same effect as those of the text it replaces,
 * and its edges cannot fuse with the text beside it into other tokens. Text that lexed cleanly
 * before such edits lexes cleanly after them, and its tokens outside the edits stay what they
 * were. It answers false whenever it cannot tell; the caller then lexes the output.
 */
public final class EditSyntax {

    private static final String PLAIN_SYMBOLS = " .,()[]{}=:+-*/%<>&|^@";

    private EditSyntax() {
    }

    /**
     * Whether replacing {@code removed} (code tokens, not at the start of a line) by the text now
     * at {@code output[outputStart, outputEnd)} keeps the token structure around it, the
     * indentation of its line included.
     */
    public static boolean keepsStructure(final CharSequence removed, final CharSequence output,
            final int outputStart, final int outputEnd) {
        if (outputStart == 0 || output.charAt(outputStart - 1) == '\n' || output.charAt(outputStart - 1) == '\r') {
            return false;
        }
        final CharSequence replacement = output.subSequence(outputStart, outputEnd);
        if (!oneLine(removed) || !oneLine(replacement) || !keepsIndentation(output, outputStart)) {
            return false;
        }
        final String bracketsRemoved = brackets(removed);
        if (bracketsRemoved == null || !bracketsRemoved.equals(brackets(replacement))) {
            return false;
        }
        return apart(output, outputStart) && apart(output, outputEnd);
    }

    /**
     * Whether the line keeps its indentation and its code: when only blanks precede the edit on
     * its line, code must still start where the edit starts.
     */
    private static boolean keepsIndentation(final CharSequence output, final int outputStart) {
        int i = outputStart;
        while (i > 0 && isBlank(output.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && output.charAt(i - 1) != '\n' && output.charAt(i - 1) != '\r') {
            return true;
        }
        if (outputStart == output.length()) {
            return false;
        }
        final char first = output.charAt(outputStart);
        return !isBlank(first) && first != '#' && first != '\n' && first != '\r';
    }

    private static boolean isBlank(final char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static boolean oneLine(final CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\\' || c == '#' || c == '\f') {
                return false;
            }
        }
        return true;
    }

    /**
     * The brackets of {@code text} left after cancelling every adjacent opening and closing pair,
     * or null when the text does not lex alone into clean tokens.
     */
    private static String brackets(final CharSequence text) {
        final StringBuilder stack = new StringBuilder();
        if (plain(text)) {
            for (int i = 0; i < text.length(); i++) {
                push(stack, text.charAt(i));
            }
            return stack.toString();
        }
        final Tokens tokens = PythonLexer.lex(text);
        for (int i = 0; i < tokens.size(); i++) {
            final TokenKind kind = tokens.kind(i);
            if (kind == TokenKind.ERRORTOKEN || kind == TokenKind.COMMENT) {
                return null;
            }
            if (kind == TokenKind.OP && tokens.end(i) - tokens.start(i) == 1) {
                push(stack, text.charAt(tokens.start(i)));
            }
        }
        return stack.toString();
    }

    /** Adds a bracket to the stack, or cancels it against the opening bracket on top. */
    private static void push(final StringBuilder stack, final char c) {
        final int last = stack.length() - 1;
        if ((c == ')' || c == ']' || c == '}') && last >= 0 && stack.charAt(last) == opener(c)) {
            stack.setLength(last);
        } else if (c == '(' || c == '[' || c == '{' || c == ')' || c == ']' || c == '}') {
            stack.append(c);
        }
    }

    /**
     * Whether the text holds only names, numbers, spaces, brackets and operators that always lex
     * (no string, comment, stray or non-ASCII character): every bracket in it is then code.
     */
    private static boolean plain(final CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (!isWord(c) && PLAIN_SYMBOLS.indexOf(c) < 0 || c > 127) {
                return false;
            }
        }
        return true;
    }

    private static char opener(final char closer) {
        return closer == ')' ? '(' : closer == ']' ? '[' : '{';
    }

    /** Whether the characters either side of {@code at} always end up in different tokens. */
    private static boolean apart(final CharSequence text, final int at) {
        if (at == text.length()) {
            return true;
        }
        final char a = text.charAt(at - 1);
        final char b = text.charAt(at);
        if (isBreak(a) || isBreak(b)) {
            return true;
        }
        if (isWord(a)) {
            // a number's end can take in a sign, a dot or a letter; a name's end takes in a quote
            return nameEndsAt(text, at) && !isWord(b) && !isQuote(b);
        }
        if (isWord(b)) {
            if ((a == '+' || a == '-') && Character.isDigit(b) && at >= 2 && isWord(text.charAt(at - 2))) {
                // a number ending in an exponent marker takes the sign and the digits in: 1e + 1 -> 1e+1
                return nameEndsAt(text, at - 1);
            }
            return a != '.' || !Character.isDigit(b) && nameEndsAt(text, at - 1);
        }
        // a quote beside an operator stays apart; two quotes can open a triple-quoted string; operators can fuse
        return isQuote(a) != isQuote(b);
    }

    /** Whether the run of word characters that ends at {@code end} is empty or a name (not a number). */
    private static boolean nameEndsAt(final CharSequence text, final int end) {
        int i = end;
        while (i > 0 && isWord(text.charAt(i - 1))) {
            i--;
        }
        return i == end || !Character.isDigit(text.charAt(i));
    }

    private static boolean isBreak(final char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == ')' || c == '[' || c == ']'
                || c == '{' || c == '}' || c == ',' || c == ';' || c == '~';
    }

    private static boolean isWord(final char c) {
        return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c > 127;
    }

    private static boolean isQuote(final char c) {
        return c == '\'' || c == '"';
    }
}
