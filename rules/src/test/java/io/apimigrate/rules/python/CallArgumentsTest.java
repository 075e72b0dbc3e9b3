package io.apimigrate.rules.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CallArgumentsTest {

    /** Arguments of the first {@code (} as {@code KIND keyword? value-text} strings. */
    private static List<String> arguments(final String source) {
        final Tokens t = PythonLexer.lex(source);
        int open = 0;
        while (!t.isOp(open, '(')) {
            open++;
        }
        return CallArguments.parse(t, open).stream().map(a -> a.kind()
                + (a.keyword() == null ? "" : " " + a.keyword()) + " "
                + (a.endToken() > a.valueFirstToken()
                ? source.substring(t.start(a.valueFirstToken()), t.end(a.endToken() - 1)) : "")).toList();
    }

    @Test
    void allArgumentKinds() {
        assertEquals(List.of("POSITIONAL a", "KEYWORD axis 0", "STAR args", "DOUBLE_STAR kw"),
                arguments("np.sum(a, axis=0, *args, **kw)"));
    }

    @Test
    void trailingCommaYieldsNoEmptyArgument() {
        assertEquals(List.of("POSITIONAL a", "POSITIONAL b"), arguments("f(a, b,)"));
    }

    @Test
    void emptyCall() {
        assertEquals(List.of(), arguments("f()"));
    }

    @Test
    void generatorIsOnePositional() {
        assertEquals(List.of("POSITIONAL x * 2 for x in xs if x"), arguments("sum(x * 2 for x in xs if x)"));
    }

    @Test
    void nestedCallsAndMultiLineArguments() {
        assertEquals(List.of("POSITIONAL [df, g(1, 2)]", "KEYWORD ignore_index True"),
                arguments("pd.concat(\n    [df, g(1, 2)],  # frames\n    ignore_index=True,\n)"));
    }

    @Test
    void keywordWithComparisonValue() {
        assertEquals(List.of("KEYWORD flag a == b", "POSITIONAL c"), arguments("f(flag=a == b, c)"));
    }

    @Test
    void unclosedCallParsesToLineEnd() {
        assertEquals(List.of("POSITIONAL a", "POSITIONAL b"), arguments("x = foo(a, b"));
    }

    @Test
    void argumentTokensLocateKeyword() {
        final Tokens t = PythonLexer.lex("f(k=v)");
        final Argument argument = CallArguments.parse(t, 1).get(0);
        assertEquals(new Argument(ArgumentKind.KEYWORD, "k", 2, 4, 5), argument);
    }

    @Test
    void notAnOpeningBracketYieldsNothing() {
        assertEquals(List.of(), CallArguments.parse(PythonLexer.lex("f(x)"), 0));
    }
}
