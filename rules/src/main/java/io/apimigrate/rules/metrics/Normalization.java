package io.apimigrate.rules.metrics;

/**
 * The contract's normalise(s) (contracts.md section 4), with Python's semantics:
 * {@code "\n".join(l.rstrip() for l in s.splitlines() if l.strip()).strip()}.
 *
 * <p>Lines are split as {@code str.splitlines()} splits them ({@code \n}, {@code \r\n}, {@code \r},
 * {@code \v}, {@code \f}, {@code \x1c}-{@code \x1e}, {@code \x85}, U+2028, U+2029), so Windows line
 * endings normalise to {@code \n}. Whitespace is what {@code str.isspace()} accepts (including
 * U+00A0 and U+3000, which Java's {@link Character#isWhitespace} disagrees on). A blank line is one
 * that is empty once its trailing whitespace is removed. The final strip removes the first kept
 * line's indentation.
 */
public final class Normalization {

    private Normalization() {
    }

    /** The normalised form of some code; never null. */
    public static String normalize(final String code) {
        final StringBuilder out = new StringBuilder(code.length());
        int start = 0;
        final int n = code.length();
        while (start < n) {
            int end = start;
            while (end < n && !PythonText.isLineBreak(code.charAt(end))) {
                end++;
            }
            appendLine(out, code, start, end);
            start = end + (end + 1 < n && code.charAt(end) == '\r' && code.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return strip(out);
    }

    private static void appendLine(final StringBuilder out, final String code, final int start, final int end) {
        int last = end;
        while (last > start) {
            final int cp = code.codePointBefore(last);
            if (!PythonText.isSpace(cp)) {
                break;
            }
            last -= Character.charCount(cp);
        }
        if (last > start) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(code, start, last);
        }
    }

    private static String strip(final StringBuilder kept) {
        int first = 0;
        while (first < kept.length() && PythonText.isSpace(kept.charAt(first))) {
            first++;
        }
        return kept.substring(first);
    }
}
