package io.apimigrate.rules.metrics;

import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.PythonSyntax;
import io.apimigrate.rules.python.TokenKind;
import io.apimigrate.rules.python.Tokens;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * names(s) of contracts.md section 4: the NAME tokens of some code as Python 3.12's {@code tokenize}
 * yields them, hard keywords ({@code keyword.kwlist}) excluded. Soft keywords ({@code match},
 * {@code case}, {@code type}, {@code _}) are names. Text inside strings and comments yields none, but
 * f-string replacement fields are code: {@code f"{np.pi!r:>{w}}"} yields {@code np}, {@code pi},
 * {@code r} (the conversion, a NAME token in 3.12) and {@code w}. Code that Python would reject (an
 * unclosed bracket or string) still yields the names the lexer finds.
 */
public final class PythonNames {

    private PythonNames() {
    }

    /** The distinct names in {@code code}, in order of first appearance. */
    public static Set<String> names(final String code) {
        final Tokens tokens = PythonLexer.lex(code);
        final Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i) == TokenKind.NAME) {
                final String text = tokens.text(i);
                if (!PythonSyntax.isKeyword(text)) {
                    names.add(text);
                }
            }
        }
        return names;
    }
}
