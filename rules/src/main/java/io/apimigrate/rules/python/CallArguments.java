package io.apimigrate.rules.python;

import java.util.ArrayList;
import java.util.List;

/** Splits the argument list of a call into arguments, tolerating an unclosed call. */
public final class CallArguments {

    private CallArguments() {
    }

    /**
     * The arguments between {@code openParen} and its partner (or the end of the line if it has none). A trailing
     * comma yields no empty argument and a generator expression is one POSITIONAL argument. Returns an empty list
     * when {@code openParen} is not an opening parenthesis or bracket.
     */
    public static List<Argument> parse(final Tokens tokens, final int openParen) {
        final List<Argument> arguments = new ArrayList<>();
        if (openParen < 0 || openParen >= tokens.size() || !Expressions.isOpener(tokens, openParen)) {
            return arguments;
        }
        final int close = Expressions.groupEnd(tokens, openParen) - (tokens.partner(openParen) > openParen ? 1 : 0);
        int k = tokens.nextCode(openParen);
        while (k < close) {
            final Argument argument = argument(tokens, k);
            if (argument.endToken() > argument.firstToken()) {
                arguments.add(argument);
            }
            k = Math.max(argument.endToken(), k + 1) - 1;
            do {
                k = tokens.nextCode(k);
            } while (k < close && !tokens.isOp(k, ','));
            k = tokens.nextCode(k);
        }
        return arguments;
    }

    private static Argument argument(final Tokens tokens, final int first) {
        if (tokens.isOp(first, '*') || tokens.kind(first) == TokenKind.OP && tokens.textEquals(first, "**")) {
            final ArgumentKind kind = tokens.isOp(first, '*') ? ArgumentKind.STAR : ArgumentKind.DOUBLE_STAR;
            final int value = tokens.nextCode(first);
            return new Argument(kind, null, first, value, Math.max(Expressions.operandEnd(tokens, value), first + 1));
        }
        final int next = tokens.nextCode(first);
        if (tokens.kind(first) == TokenKind.NAME && !tokens.isKeyword(first) && tokens.isOp(next, '=')) {
            final int value = tokens.nextCode(next);
            final int end = Math.max(Expressions.operandEnd(tokens, value), next + 1);
            return new Argument(ArgumentKind.KEYWORD, tokens.text(first), first, value, end);
        }
        return new Argument(ArgumentKind.POSITIONAL, null, first, first, Expressions.operandEnd(tokens, first));
    }
}
