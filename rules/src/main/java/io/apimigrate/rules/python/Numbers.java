package io.apimigrate.rules.python;

/** Scans Python number literals: decimal, hex, octal and binary integers with underscores, floats, imaginaries. */
final class Numbers {

    private Numbers() {
    }

    static boolean isDigit(final char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code c} is an ASCII digit of {@code radix} (Python accepts no other digits in literals). */
    private static boolean isDigit(final char c, final int radix) {
        return c < 128 && Character.digit(c, radix) >= 0;
    }

    /** Exclusive end of the number literal starting at {@code start} (a digit, or a dot before a digit). */
    static int end(final CharSequence s, final int start, final int n) {
        int p = start;
        final int radix = radixAt(s, p, n);
        if (radix != 10) {
            p = digits(s, p + 2, n, radix, true);
        } else {
            if (s.charAt(p) != '.') {
                p = digits(s, p, n, 10, false);
            }
            if (p < n && s.charAt(p) == '.') {
                p = p + 1 < n && isDigit(s.charAt(p + 1)) ? digits(s, p + 1, n, 10, false) : p + 1;
            }
            if (p < n && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
                int q = p + 1;
                if (q < n && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
                    q++;
                }
                if (q < n && isDigit(s.charAt(q))) {
                    p = digits(s, q, n, 10, false);
                }
            }
            if (p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J')) {
                p++;
            }
        }
        return p;
    }

    /** 16, 8 or 2 when a prefixed integer with at least one digit starts at {@code p}, else 10. */
    private static int radixAt(final CharSequence s, final int p, final int n) {
        if (s.charAt(p) != '0' || p + 2 >= n) {
            return 10;
        }
        final int radix = switch (s.charAt(p + 1)) {
            case 'x', 'X' -> 16;
            case 'o', 'O' -> 8;
            case 'b', 'B' -> 2;
            default -> 10;
        };
        final int first = s.charAt(p + 2) == '_' ? p + 3 : p + 2;
        return radix != 10 && first < n && isDigit(s.charAt(first), radix) ? radix : 10;
    }

    /** End of a digit run at {@code p}: digits with single underscores between (and before, if allowed). */
    private static int digits(final CharSequence s, final int start, final int n, final int radix,
                              final boolean leadingUnderscore) {
        int p = start;
        if (leadingUnderscore && p < n && s.charAt(p) == '_') {
            p++;
        }
        while (p < n) {
            if (isDigit(s.charAt(p), radix)) {
                p++;
            } else if (s.charAt(p) == '_' && p + 1 < n && isDigit(s.charAt(p + 1), radix)) {
                p += 2;
            } else {
                break;
            }
        }
        return p;
    }
}
