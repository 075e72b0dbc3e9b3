package io.apimigrate.rules.metrics;

/** Python's notion of whitespace ({@code str.isspace}) and of line boundaries ({@code str.splitlines}). */
final class PythonText {

    private PythonText() {
    }

    /** Whether {@code str.isspace()} holds for this code point. */
    static boolean isSpace(final int cp) {
        if (cp < 0x80) {
            return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
        }
        return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a)
                || cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
    }

    /** Whether {@code str.splitlines()} ends a line at this code point ({@code \r\n} counts once). */
    static boolean isLineBreak(final int cp) {
        return (cp >= 0x0a && cp <= 0x0d) || cp == 0x1c || cp == 0x1d || cp == 0x1e
                || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }
}
