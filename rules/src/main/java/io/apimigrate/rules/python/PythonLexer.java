package io.apimigrate.rules.python;

import java.util.Arrays;
import java.util.Objects;

/**
 * Tokenises Python 3.12 source the way CPython's {@code tokenize} module does, in one linear pass without recursion.
 * It never throws on any text: stray characters and unterminated strings become {@link TokenKind#ERRORTOKEN}
 * (an unterminated f-string ends with a zero-width ERRORTOKEN instead of FSTRING_END; no other token is empty but
 * DEDENT, NEWLINE at the end of input, NL after a final comment and ENDMARKER), unmatched brackets get no partner and
 * inconsistent dedents are tolerated. Deviations from CPython: doubled braces stay inside one FSTRING_MIDDLE, whose
 * text is always the source text, and a leading byte-order mark is skipped.
 */
public final class PythonLexer {

    private final CharSequence src;
    /** The same text as an array: plain array reads are what the hot scanning loops need. */
    private final char[] chars;
    private final int n;
    private final TokenBuffer out;
    private final FStringModes modes = new FStringModes();
    private int[] indents = new int[8];
    private int indentCount = 1;
    private boolean atLineStart = true;
    private int pos;

    private PythonLexer(final CharSequence source) {
        this.src = source;
        this.chars = ScratchChars.copyOf(source.toString());
        this.n = source.length();
        this.out = new TokenBuffer(source);
        this.pos = n > 0 && source.charAt(0) == '\uFEFF' ? 1 : 0;
    }

    /** Tokenises {@code source} (a snapshot of it: later changes to a mutable sequence are not seen). */
    public static Tokens lex(final CharSequence source) {
        final PythonLexer lexer = new PythonLexer(Objects.requireNonNull(source, "source").toString());
        lexer.run();
        return lexer.out.build();
    }

    private void run() {
        while (pos < n) {
            if (modes.inText()) {
                scanFStringText();
            } else if (atLineStart) {
                atLineStart = false;
                indentation();
            } else {
                scanToken();
            }
        }
        finish();
    }

    private char at(final int p) {
        return chars[p];
    }

    private boolean isNewline(final int p) {
        return p < n && (at(p) == '\n' || at(p) == '\r');
    }

    private int newlineLength(final int p) {
        return at(p) == '\r' && p + 1 < n && at(p + 1) == '\n' ? 2 : 1;
    }

    /** Measures the indentation of a new logical line; blank and comment-only lines change nothing. */
    private void indentation() {
        int col = 0;
        int p = pos;
        for (; p < n; p++) {
            final char c = at(p);
            if (c == ' ') {
                col++;
            } else if (c == '\t') {
                col = (col / PythonSyntax.TAB_SIZE + 1) * PythonSyntax.TAB_SIZE;
            } else if (c == '\f') {
                col = 0;
            } else {
                break;
            }
        }
        if (p == n || at(p) == PythonSyntax.COMMENT_START || isNewline(p)) {
            pos = p;
            return;
        }
        if (col > indents[indentCount - 1]) {
            if (indentCount == indents.length) {
                indents = Arrays.copyOf(indents, indentCount * 2);
            }
            indents[indentCount++] = col;
            out.add(TokenKind.INDENT, pos, p);
        } else {
            while (indentCount > 1 && col < indents[indentCount - 1]) {
                indentCount--;
                out.add(TokenKind.DEDENT, p, p);
            }
        }
        pos = p;
    }

    private void scanToken() {
        final char c = at(pos);
        if (PythonSyntax.isAsciiIdentifierStart(c)) {
            nameOrString();
            return;
        }
        if (PythonSyntax.isWhitespace(c)) {
            do {
                pos++;
            } while (pos < n && PythonSyntax.isWhitespace(at(pos)));
            return;
        }
        switch (c) {
            case '\n', '\r' -> newline();
            case '#' -> comment();
            case '\\' -> backslash();
            case '\'', '"' -> string(pos, pos, false, false);
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number();
            case '.' -> {
                if (pos + 1 < n && Numbers.isDigit(at(pos + 1))) {
                    number();
                } else {
                    operator();
                }
            }
            default -> {
                if (c >= 128) {
                    nonAscii();
                } else {
                    operator();
                }
            }
        }
    }

    private void newline() {
        if (modes.inField() && !modes.triple()) {
            terminateFString(pos);
            return;
        }
        final boolean logicalEnd = out.depth() == 0 && out.lineHasCode();
        final int length = newlineLength(pos);
        out.add(logicalEnd ? TokenKind.NEWLINE : TokenKind.NL, pos, pos + length);
        pos += length;
        atLineStart = out.depth() == 0 && modes.isEmpty();
    }

    private void comment() {
        int p = pos + 1;
        while (p < n && at(p) != '\n' && at(p) != '\r') {
            p++;
        }
        out.add(TokenKind.COMMENT, pos, p);
        pos = p;
    }

    private void backslash() {
        if (isNewline(pos + 1)) {
            pos += 1 + newlineLength(pos + 1);
        } else {
            error(pos, pos + 1);
        }
    }

    private void nonAscii() {
        final int cp = Character.codePointAt(src, pos);
        if (Character.isUnicodeIdentifierStart(cp)) {
            name(pos);
        } else {
            error(pos, pos + Character.charCount(cp));
        }
    }

    private void nameOrString() {
        if (PythonSyntax.isPrefixLetter(at(pos))) {
            int p = pos + 1;
            if (p < n && PythonSyntax.isPrefixLetter(at(p))) {
                p++;
            }
            if (p < n && PythonSyntax.isQuote(at(p)) && PythonSyntax.isStringPrefix(src, pos, p)) {
                string(pos, p, hasLetter(pos, p, 'r'), hasLetter(pos, p, 'f'));
                return;
            }
        }
        name(pos);
    }

    private boolean hasLetter(final int from, final int to, final char lower) {
        for (int p = from; p < to; p++) {
            if ((at(p) | 0x20) == lower) {
                return true;
            }
        }
        return false;
    }

    private void name(final int start) {
        int p = at(start) < 128 ? start + 1 : start + Character.charCount(Character.codePointAt(chars, start, n));
        while (p < n) {
            final char c = at(p);
            if (c < 128) {
                if (!PythonSyntax.isAsciiIdentifierPart(c)) {
                    break;
                }
                p++;
            } else {
                final int cp = Character.codePointAt(chars, p, n);
                if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
                    break;
                }
                p += Character.charCount(cp);
            }
        }
        out.add(TokenKind.NAME, start, p);
        pos = p;
    }

    private void number() {
        final int end = Numbers.end(src, pos, n);
        out.add(TokenKind.NUMBER, pos, end);
        pos = end;
    }

    private void operator() {
        final int length = PythonSyntax.operatorLength(chars, pos, n);
        if (length == 0) {
            error(pos, pos + 1);
            return;
        }
        final char c = at(pos);
        if (length > 1) {
            out.add(TokenKind.OP, pos, pos + length);
        } else if (c == '(' || c == '[' || c == '{') {
            out.open(pos);
        } else if (c == ')' || c == ']' || c == '}') {
            out.close(pos, c);
            if (modes.inField() && out.depth() < modes.depth()) {
                modes.pop();
            }
        } else if (c == ':' && modes.inField() && out.depth() == modes.depth()) {
            out.add(TokenKind.OP, pos, pos + 1);
            modes.enterSpec();
        } else {
            out.add(TokenKind.OP, pos, pos + 1);
        }
        pos += length;
    }

    private void error(final int start, final int end) {
        out.add(TokenKind.ERRORTOKEN, start, end);
        pos = end;
    }

    /** A string literal whose prefix starts at {@code start} and whose opening quote is at {@code quoteAt}. */
    private void string(final int start, final int quoteAt, final boolean raw, final boolean fstring) {
        final char quote = at(quoteAt);
        final boolean triple = quoteAt + 2 < n && at(quoteAt + 1) == quote && at(quoteAt + 2) == quote;
        final int bodyStart = quoteAt + (triple ? 3 : 1);
        if (fstring) {
            out.add(TokenKind.FSTRING_START, start, bodyStart);
            modes.pushFString(quote, triple, raw, out.depth());
            pos = bodyStart;
            return;
        }
        int p = bodyStart;
        while (p < n) {
            final char c = at(p);
            if (c == '\\') {
                p = p + 1 < n ? p + 1 + newlineLength(p + 1) : p + 1;
            } else if (c == quote && (!triple || closesTriple(p, quote))) {
                final int end = p + (triple ? 3 : 1);
                out.add(TokenKind.STRING, start, end);
                pos = end;
                return;
            } else if (!triple && (c == '\n' || c == '\r')) {
                break;
            } else {
                p++;
            }
        }
        error(start, p);
    }

    private boolean closesTriple(final int p, final char quote) {
        return p + 2 < n && at(p + 1) == quote && at(p + 2) == quote;
    }

    /** Scans f-string literal text or format-spec text up to a brace, the closing quote or a line end. */
    private void scanFStringText() {
        final boolean spec = modes.kind() == FStringModes.SPEC;
        final char quote = modes.quote();
        final boolean triple = modes.triple();
        final int start = pos;
        int p = pos;
        while (p < n) {
            final char c = at(p);
            if (c == quote && (!triple || closesTriple(p, quote))) {
                middle(start, p);
                if (spec) {
                    abandonField(p);
                } else {
                    final int end = p + (triple ? 3 : 1);
                    out.add(TokenKind.FSTRING_END, p, end);
                    modes.pop();
                    pos = end;
                }
                return;
            } else if (!triple && (c == '\n' || c == '\r')) {
                middle(start, p);
                terminateFString(p);
                return;
            } else if (c == '\\') {
                p = skipEscape(p, quote, modes.raw());
            } else if ((c == '{' || c == '}') && !spec && p + 1 < n && at(p + 1) == c) {
                p += 2;
            } else if (c == '{') {
                middle(start, p);
                out.open(p);
                modes.pushField(out.depth());
                pos = p + 1;
                return;
            } else if (c == '}') {
                middle(start, p);
                if (spec) {
                    out.close(p, c);
                    modes.pop();
                } else {
                    out.add(TokenKind.ERRORTOKEN, p, p + 1);
                }
                pos = p + 1;
                return;
            } else {
                p++;
            }
        }
        middle(start, n);
        pos = n;
    }

    private void middle(final int start, final int end) {
        if (end > start) {
            out.add(TokenKind.FSTRING_MIDDLE, start, end);
        }
        pos = end;
    }

    /** Index after the escape sequence whose backslash is at {@code p}; a brace after it is not consumed. */
    private int skipEscape(final int p, final char quote, final boolean raw) {
        if (p + 1 >= n) {
            return p + 1;
        }
        final char d = at(p + 1);
        if (d == '\n' || d == '\r') {
            return p + 1 + newlineLength(p + 1);
        }
        if (raw) {
            return d == quote || d == '\\' ? p + 2 : p + 1;
        }
        if (d == '{' || d == '}') {
            return p + 1;
        }
        if (d == 'N' && p + 2 < n && at(p + 2) == '{') {
            int k = p + 3;
            while (k < n && at(k) != '}' && at(k) != quote && at(k) != '\n' && at(k) != '\r') {
                k++;
            }
            return k < n && at(k) == '}' ? k + 1 : p + 2;
        }
        return p + 2;
    }

    /** A format spec reached the f-string's closing quote: drop its field, whose opening brace stays unmatched. */
    private void abandonField(final int p) {
        out.unwindTo(modes.depth() - 1);
        modes.pop();
        pos = p;
    }

    /** Ends the innermost f-string without its closing quote: a zero-width ERRORTOKEN marks the spot. */
    private void terminateFString(final int p) {
        while (modes.kind() != FStringModes.LITERAL) {
            modes.pop();
        }
        out.unwindTo(modes.depth());
        modes.pop();
        out.add(TokenKind.ERRORTOKEN, p, p);
        pos = p;
    }

    private void finish() {
        while (!modes.isEmpty()) {
            terminateFString(n);
        }
        if (out.lineHasCode()) {
            out.add(TokenKind.NEWLINE, n, n);
        } else if (out.lastKind() == TokenKind.COMMENT) {
            out.add(TokenKind.NL, n, n);
        }
        for (; indentCount > 1; indentCount--) {
            out.add(TokenKind.DEDENT, n, n);
        }
        out.add(TokenKind.ENDMARKER, n, n);
    }
}
