package io.apimigrate.rules.match;

import io.apimigrate.rules.model.MetavariableKind;
import io.apimigrate.rules.python.PythonSyntax;
import io.apimigrate.rules.python.TokenKind;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which {@link MetavariableKind} a stretch of code tokens is, for constrained metavariables. */
public final class LiteralKinds {

    private static final Pattern INTEGER = Pattern.compile("[0-9][0-9_]*|0[xXoObB][0-9a-fA-F_]+");

    private LiteralKinds() {
    }

    /**
     * Whether code tokens {@code [from, to)} form one expression of the kind: what {@link #kindOf}
     * says, decided without allocating for names, since the matcher asks it for every span it tries.
     */
    public static boolean is(final CodeView code, final int from, final int to, final MetavariableKind kind) {
        if (to <= from) {
            return false;
        }
        return switch (kind) {
            case IDENTIFIER -> to == from + 1 && code.kind(from) == TokenKind.NAME
                    && !PythonSyntax.isKeyword(code.source(), code.start(from), code.end(from));
            case INTEGER, FLOAT -> to == from + 1 && code.kind(from) == TokenKind.NUMBER
                    && kindOf(code, from, to).filter(k -> k == kind).isPresent();
            case STRING -> isStrings(code, from, to);
        };
    }

    /** The kind of code tokens {@code [from, to)}, if they are one literal or name. */
    public static Optional<MetavariableKind> kindOf(final CodeView code, final int from, final int to) {
        if (to <= from) {
            return Optional.empty();
        }
        if (to == from + 1 && code.kind(from) == TokenKind.NUMBER) {
            final String text = code.text(from);
            if (INTEGER.matcher(text).matches()) {
                return Optional.of(MetavariableKind.INTEGER);
            }
            final char last = text.charAt(text.length() - 1);
            return last == 'j' || last == 'J' ? Optional.empty() : Optional.of(MetavariableKind.FLOAT);
        }
        if (to == from + 1 && code.kind(from) == TokenKind.NAME) {
            return PythonSyntax.isKeyword(code.text(from)) ? Optional.empty() : Optional.of(MetavariableKind.IDENTIFIER);
        }
        return isStrings(code, from, to) ? Optional.of(MetavariableKind.STRING) : Optional.empty();
    }

    /** String literals only: plain or f-strings, implicitly concatenated, possibly in parentheses. */
    private static boolean isStrings(final CodeView code, final int from, final int to) {
        int a = from;
        int b = to;
        while (b - a >= 2 && code.isOp(a, '(') && code.partner(a) == b - 1) {
            a++;
            b--;
        }
        if (a >= b) {
            return false;
        }
        int c = a;
        while (c < b) {
            final TokenKind kind = code.kind(c);
            if (kind == TokenKind.STRING) {
                c++;
            } else if (kind == TokenKind.FSTRING_START) {
                int depth = 0;
                do {
                    if (code.kind(c) == TokenKind.FSTRING_START) {
                        depth++;
                    } else if (code.kind(c) == TokenKind.FSTRING_END) {
                        depth--;
                    }
                    c++;
                } while (depth > 0 && c < b);
                if (depth > 0) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }
}
