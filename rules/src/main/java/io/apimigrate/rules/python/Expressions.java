package io.apimigrate.rules.python;

/**
 * Finds the extent of primaries and operands in a token stream without building a tree. Every method tolerates
 * broken input: an unmatched bracket extends to the end of its logical line.
 */
public final class Expressions {

    private Expressions() {
    }

    /**
     * Exclusive end of the primary starting at {@code first}: an atom (NAME, NUMBER, a run of adjacent strings and
     * f-strings, {@code ...}, a bracketed group) followed by trailers {@code .NAME}, {@code (...)}, {@code [...]}.
     * Returns {@code first} when no atom starts there (a keyword other than None/True/False, an operator).
     */
    public static int primaryEnd(final Tokens tokens, final int first) {
        int end = atomEnd(tokens, first);
        if (end == first) {
            return first;
        }
        while (true) {
            final int next = tokens.nextCode(end - 1);
            if (tokens.isOp(next, '.') && isName(tokens, tokens.nextCode(next))) {
                end = tokens.nextCode(next) + 1;
            } else if (tokens.isOp(next, '(') || tokens.isOp(next, '[')) {
                end = groupEnd(tokens, next);
            } else {
                return end;
            }
        }
    }

    /**
     * First index of the primary ending at {@code last} (inclusive), walking back over trailers; keywords such as
     * {@code return}, {@code in} or {@code not} are not part of it. Returns {@code last + 1} when no primary ends there.
     */
    public static int primaryStart(final Tokens tokens, final int last) {
        if (!endsPrimary(tokens, last)) {
            return last + 1;
        }
        int k = last;
        while (true) {
            final int start = atomOrTrailerStart(tokens, k);
            final boolean trailer = tokens.isOp(start, '.') || tokens.isOp(start, '(') || tokens.isOp(start, '[');
            final int before = tokens.prevCode(start);
            if (trailer && endsPrimary(tokens, before)) {
                k = before;
            } else {
                return trailer && tokens.isOp(start, '.') ? start + 1 : start;
            }
        }
    }

    /**
     * Exclusive end of the expression starting at {@code first}, at the same bracket depth: it stops before a
     * {@code ,} or {@code ;}, a closing bracket of the enclosing level, NEWLINE, {@code as}, and {@code =}, an
     * augmented assignment or {@code :} at that depth unless they belong to a lambda there. Trailing comments are
     * excluded. Returns {@code first} for an empty operand.
     */
    public static int operandEnd(final Tokens tokens, final int first) {
        if (first < 0 || first >= tokens.size()) {
            return first;
        }
        final int depth = tokens.depth(first);
        int lambdas = 0;
        int end = first;
        int k = first;
        while (k < tokens.size()) {
            final TokenKind kind = tokens.kind(k);
            if (kind == TokenKind.NEWLINE || kind == TokenKind.ENDMARKER) {
                return end;
            }
            if (kind.isTrivia()) {
                k++;
                continue;
            }
            if (tokens.depth(k) > depth) {
                end = ++k;
                continue;
            }
            if (tokens.depth(k) < depth || isCloser(tokens, k)) {
                return end;
            }
            if (tokens.isName(k, "lambda")) {
                lambdas++;
            } else if (stops(tokens, k)) {
                if (lambdas == 0 || tokens.isOp(k, ';') || tokens.isName(k, "as")) {
                    return end;
                }
                if (tokens.isOp(k, ':')) {
                    lambdas--;
                }
            }
            end = isOpener(tokens, k) && tokens.partner(k) > k ? tokens.partner(k) + 1 : k + 1;
            k = end;
        }
        return end;
    }

    private static boolean stops(final Tokens tokens, final int k) {
        if (tokens.kind(k) == TokenKind.NAME) {
            return tokens.textEquals(k, "as");
        }
        if (tokens.kind(k) != TokenKind.OP) {
            return false;
        }
        return tokens.isOp(k, ',') || tokens.isOp(k, ';') || tokens.isOp(k, '=') || tokens.isOp(k, ':')
                || PythonSyntax.isAugmentedAssignment(tokens.source(), tokens.start(k), tokens.end(k));
    }

    /** Exclusive end of the atom at {@code first}, or {@code first}. */
    static int atomEnd(final Tokens tokens, final int first) {
        if (first < 0 || first >= tokens.size()) {
            return first;
        }
        return switch (tokens.kind(first)) {
            case NAME -> tokens.isKeyword(first) && !isKeywordAtom(tokens, first) ? first : first + 1;
            case NUMBER -> first + 1;
            case STRING, FSTRING_START -> stringRunEnd(tokens, first);
            case OP -> {
                if (isOpener(tokens, first)) {
                    yield groupEnd(tokens, first);
                }
                yield tokens.textEquals(first, "...") ? first + 1 : first;
            }
            default -> first;
        };
    }

    private static int stringRunEnd(final Tokens tokens, final int first) {
        int end = first;
        int k = first;
        while (k < tokens.size()) {
            if (tokens.kind(k) == TokenKind.STRING) {
                end = k + 1;
            } else if (tokens.kind(k) == TokenKind.FSTRING_START) {
                end = fStringEnd(tokens, k);
            } else {
                return end;
            }
            k = tokens.nextCode(end - 1);
        }
        return end;
    }

    /** Exclusive end of the f-string opened at {@code start}: after its FSTRING_END or terminating ERRORTOKEN. */
    static int fStringEnd(final Tokens tokens, final int start) {
        final int depth = tokens.depth(start);
        for (int k = start + 1; k < tokens.size(); k++) {
            if (tokens.depth(k) == depth && (tokens.kind(k) == TokenKind.FSTRING_END
                    || tokens.kind(k) == TokenKind.ERRORTOKEN && tokens.start(k) == tokens.end(k))) {
                return k + 1;
            }
        }
        return tokens.size() - 1;
    }

    /** First index of the f-string closed at {@code end} (an FSTRING_END or terminating ERRORTOKEN). */
    static int fStringStart(final Tokens tokens, final int end) {
        final int depth = tokens.depth(end);
        for (int k = end - 1; k >= 0; k--) {
            if (tokens.depth(k) == depth && tokens.kind(k) == TokenKind.FSTRING_START) {
                return k;
            }
        }
        return end;
    }

    /** Exclusive end of the bracket group opened at {@code open}; an unmatched group runs to its line's end. */
    static int groupEnd(final Tokens tokens, final int open) {
        final int partner = tokens.partner(open);
        if (partner > open) {
            return partner + 1;
        }
        int k = open + 1;
        while (k < tokens.size() && tokens.kind(k) != TokenKind.NEWLINE && tokens.kind(k) != TokenKind.ENDMARKER) {
            k++;
        }
        return tokens.prevCode(k) + 1;
    }

    /** Start of the atom or trailer ending at {@code k}, which {@link #endsPrimary} accepted. */
    private static int atomOrTrailerStart(final Tokens tokens, final int k) {
        if (isCloser(tokens, k)) {
            return tokens.partner(k);
        }
        if (tokens.kind(k) == TokenKind.NAME) {
            final int dot = tokens.prevCode(k);
            return tokens.isOp(dot, '.') ? dot : k;
        }
        if (tokens.kind(k) == TokenKind.STRING || tokens.kind(k) == TokenKind.FSTRING_END || isFStringStop(tokens, k)) {
            return stringRunStart(tokens, k);
        }
        return k;
    }

    private static int stringRunStart(final Tokens tokens, final int last) {
        int start = last;
        int k = last;
        while (k >= 0) {
            if (tokens.kind(k) == TokenKind.STRING) {
                start = k;
            } else if (tokens.kind(k) == TokenKind.FSTRING_END || isFStringStop(tokens, k)) {
                start = fStringStart(tokens, k);
            } else {
                return start;
            }
            k = tokens.prevCode(start);
        }
        return start;
    }

    private static boolean isFStringStop(final Tokens tokens, final int k) {
        return tokens.kind(k) == TokenKind.ERRORTOKEN && tokens.start(k) == tokens.end(k);
    }

    /** Whether token {@code k} can be the last token of a primary. */
    private static boolean endsPrimary(final Tokens tokens, final int k) {
        if (k < 0 || k >= tokens.size()) {
            return false;
        }
        return switch (tokens.kind(k)) {
            case NAME -> !tokens.isKeyword(k) || isKeywordAtom(tokens, k);
            case NUMBER, STRING, FSTRING_END -> true;
            case OP -> isCloser(tokens, k) && tokens.partner(k) >= 0 || tokens.textEquals(k, "...");
            case ERRORTOKEN -> isFStringStop(tokens, k);
            default -> false;
        };
    }

    private static boolean isName(final Tokens tokens, final int k) {
        return k < tokens.size() && tokens.kind(k) == TokenKind.NAME && !tokens.isKeyword(k);
    }

    private static boolean isKeywordAtom(final Tokens tokens, final int k) {
        return PythonSyntax.isKeywordAtom(tokens.source(), tokens.start(k), tokens.end(k));
    }

    static boolean isOpener(final Tokens tokens, final int k) {
        return tokens.isOp(k, '(') || tokens.isOp(k, '[') || tokens.isOp(k, '{');
    }

    static boolean isCloser(final Tokens tokens, final int k) {
        return tokens.isOp(k, ')') || tokens.isOp(k, ']') || tokens.isOp(k, '}');
    }
}
