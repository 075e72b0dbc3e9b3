package io.apimigrate.rules.python;

import java.util.Arrays;

/**
 * The token stream of one Python source, stored as parallel arrays (no object per token). Offsets are char indexes
 * into {@link #source()}, end exclusive. Immutable once built by {@link PythonLexer#lex(CharSequence)}.
 */
public final class Tokens {

    /** By kind ordinal: whether a token of that kind is code. */
    private static final boolean[] IS_CODE = new boolean[TokenKind.values().length];

    static {
        for (final TokenKind kind : TokenKind.values()) {
            IS_CODE[kind.ordinal()] = !kind.isTrivia() && kind != TokenKind.ENDMARKER;
        }
    }

    private final CharSequence source;
    private final int size;
    private final byte[] kinds;
    private final int[] starts;
    private final int[] ends;
    private final int[] partners;
    private final int[] depths;
    /** Computed on first use: most snippets are matched without asking for a line. */
    private LineIndex lineIndex;
    private final boolean balanced;

    Tokens(final CharSequence source, final int size, final byte[] kinds, final int[] starts, final int[] ends,
           final int[] partners, final int[] depths, final boolean balanced) {
        this.source = source;
        this.size = size;
        this.kinds = kinds;
        this.starts = starts;
        this.ends = ends;
        this.partners = partners;
        this.depths = depths;
        this.balanced = balanced;
    }

    /** The lexed text. */
    public CharSequence source() {
        return source;
    }

    /** Number of tokens, ENDMARKER included. */
    public int size() {
        return size;
    }

    /**
     * Writes the indexes of the code tokens (all but comments, NL, INDENT, DEDENT and ENDMARKER),
     * in order, into {@code into} (at least {@link #size()} long) and returns how many there are.
     */
    public int codeTokens(final int[] into) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (IS_CODE[kinds[i]]) {
                into[count++] = i;
            }
        }
        return count;
    }

    /** Kind of token {@code i}. */
    public TokenKind kind(final int i) {
        return TokenKind.of(kinds[check(i)]);
    }

    /** Char offset where token {@code i} starts. */
    public int start(final int i) {
        return starts[check(i)];
    }

    /** Char offset just after token {@code i}. */
    public int end(final int i) {
        return ends[check(i)];
    }

    /** The source text of token {@code i} (allocates a string). */
    public String text(final int i) {
        return source.subSequence(starts[check(i)], ends[i]).toString();
    }

    /** Whether the text of token {@code i} equals {@code s}, without allocating. */
    public boolean textEquals(final int i, final String s) {
        final int start = starts[check(i)];
        final int length = ends[i] - start;
        if (length != s.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (source.charAt(start + k) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code i} is the single-character operator {@code c}; false for out-of-range indexes. */
    public boolean isOp(final int i, final char c) {
        return i >= 0 && i < size && kinds[i] == OP_ORDINAL && ends[i] - starts[i] == 1 && source.charAt(starts[i]) == c;
    }

    /** Index of the bracket matching bracket token {@code i}, -1 if it is unmatched or not a bracket. */
    public int partner(final int i) {
        return partners[check(i)];
    }

    /** Bracket nesting depth at token {@code i}; an opening or closing bracket has the depth outside it. */
    public int depth(final int i) {
        return depths[check(i)];
    }

    /** 0-based line on which token {@code i} starts. */
    public int line(final int i) {
        return lineIndex().lines()[check(i)];
    }

    /** Number of lines: one more than the number of line endings (\n, \r\n or \r), so an empty source has one. */
    public int lineCount() {
        return lineIndex().lineStarts().length;
    }

    /** Char offset where 0-based line {@code line} starts. */
    public int lineStart(final int line) {
        final int[] lineStarts = lineIndex().lineStarts();
        if (line < 0 || line >= lineStarts.length) {
            throw new IndexOutOfBoundsException("line " + line + " out of range 0.." + (lineStarts.length - 1));
        }
        return lineStarts[line];
    }

    /** 0-based line containing char offset {@code offset} (the last line for the end of the source). */
    public int lineAt(final int offset) {
        if (offset < 0 || offset > source.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " out of range 0.." + source.length());
        }
        final int[] lineStarts = lineIndex().lineStarts();
        final int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }

    /** Whether token {@code i} is a NAME that is a hard keyword (see {@link PythonSyntax#KEYWORDS}). */
    public boolean isKeyword(final int i) {
        return kinds[check(i)] == NAME_ORDINAL && PythonSyntax.isKeyword(source, starts[i], ends[i]);
    }

    /** Whether token {@code i} is a NAME whose text is {@code name}; false for out-of-range indexes. */
    public boolean isName(final int i, final String name) {
        return i >= 0 && i < size && kinds[i] == NAME_ORDINAL && textEquals(i, name);
    }

    /** Whether every bracket has a partner. */
    public boolean balanced() {
        return balanced;
    }

    /** Whether the text lexed cleanly: every bracket paired and no {@link TokenKind#ERRORTOKEN}. */
    public boolean clean() {
        if (!balanced) {
            return false;
        }
        final int error = TokenKind.ERRORTOKEN.ordinal();
        for (int i = 0; i < size; i++) {
            if (kinds[i] == error) {
                return false;
            }
        }
        return true;
    }

    /** First index after {@code i} whose token is not trivia (see {@link TokenKind#isTrivia()}), or {@link #size()}. */
    public int nextCode(final int i) {
        int k = Math.max(i + 1, 0);
        while (k < size && isTrivia(k)) {
            k++;
        }
        return Math.min(k, size);
    }

    /** Last index before {@code i} whose token is not trivia (see {@link TokenKind#isTrivia()}), or -1. */
    public int prevCode(final int i) {
        int k = Math.min(i - 1, size - 1);
        while (k >= 0 && isTrivia(k)) {
            k--;
        }
        return Math.max(k, -1);
    }

    @Override
    public String toString() {
        final StringBuilder out = new StringBuilder();
        for (int i = 0; i < size; i++) {
            out.append(kind(i)).append(' ').append(quote(text(i))).append('\n');
        }
        return out.toString();
    }

    private static final byte NAME_ORDINAL = (byte) TokenKind.NAME.ordinal();
    private static final byte OP_ORDINAL = (byte) TokenKind.OP.ordinal();
    private static final byte COMMENT_ORDINAL = (byte) TokenKind.COMMENT.ordinal();
    private static final byte NL_ORDINAL = (byte) TokenKind.NL.ordinal();
    private static final byte INDENT_ORDINAL = (byte) TokenKind.INDENT.ordinal();
    private static final byte DEDENT_ORDINAL = (byte) TokenKind.DEDENT.ordinal();

    private boolean isTrivia(final int k) {
        final byte kind = kinds[k];
        return kind == COMMENT_ORDINAL || kind == NL_ORDINAL || kind == INDENT_ORDINAL || kind == DEDENT_ORDINAL;
    }

    /** The index when in range; small enough for the JIT to inline into every accessor. */
    private int check(final int i) {
        if (i < 0 || i >= size) {
            throw outOfRange(i);
        }
        return i;
    }

    private IndexOutOfBoundsException outOfRange(final int i) {
        return new IndexOutOfBoundsException("token " + i + " out of range 0.." + (size - 1));
    }

    private static String quote(final String text) {
        return "'" + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("'", "\\'") + "'";
    }

    private LineIndex lineIndex() {
        LineIndex index = lineIndex;
        if (index == null) {
            final int[] lineStarts = computeLineStarts(source);
            index = new LineIndex(lineStarts, computeLines(starts, size, lineStarts, lineStarts.length));
            lineIndex = index;
        }
        return index;
    }

    /** Where each line starts, and the line of each token; final fields, so safely shared once built. */
    private record LineIndex(int[] lineStarts, int[] lines) {
    }

    private static int[] computeLineStarts(final CharSequence s) {
        final int n = s.length();
        int[] starts = new int[8];
        int count = 1;
        for (int p = 0; p < n; p++) {
            final char c = s.charAt(p);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && p + 1 < n && s.charAt(p + 1) == '\n') {
                    p++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = p + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int[] computeLines(final int[] starts, final int size, final int[] lineStarts, final int lineCount) {
        final int[] lines = new int[size];
        int line = 0;
        for (int i = 0; i < size; i++) {
            while (line + 1 < lineCount && lineStarts[line + 1] <= starts[i]) {
                line++;
            }
            lines[i] = line;
        }
        return lines;
    }
}
