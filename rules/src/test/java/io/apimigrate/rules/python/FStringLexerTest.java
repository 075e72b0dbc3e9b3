package io.apimigrate.rules.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Python 3.12 (PEP 701) f-string token streams, written by hand: the local Python 3.11 cannot produce them. */
class FStringLexerTest {

    private static void assertTokens(final String source, final String expected) {
        assertEquals(TokenDump.expected(expected), TokenDump.lines(source));
    }

    @Test
    void simpleField() {
        assertTokens("f'a{x}b'", """
                FSTRING_START 'f\\''
                FSTRING_MIDDLE 'a'
                OP '{'
                NAME 'x'
                OP '}'
                FSTRING_MIDDLE 'b'
                FSTRING_END '\\''
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void doubledBracesStayInTheMiddleText() {
        assertTokens("f\"{{a}}\"", """
                FSTRING_START 'f"'
                FSTRING_MIDDLE '{{a}}'
                FSTRING_END '"'
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void nestedFStringReusesQuotes() {
        assertTokens("f\"{f\"{x}\"}\"", """
                FSTRING_START 'f"'
                OP '{'
                FSTRING_START 'f"'
                OP '{'
                NAME 'x'
                OP '}'
                FSTRING_END '"'
                OP '}'
                FSTRING_END '"'
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void formatSpecWithNestedFields() {
        assertTokens("f'{x:>{w}.{p}f}'", """
                FSTRING_START 'f\\''
                OP '{'
                NAME 'x'
                OP ':'
                FSTRING_MIDDLE '>'
                OP '{'
                NAME 'w'
                OP '}'
                FSTRING_MIDDLE '.'
                OP '{'
                NAME 'p'
                OP '}'
                FSTRING_MIDDLE 'f'
                OP '}'
                FSTRING_END '\\''
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void conversionAndSelfDocumentingEquals() {
        assertTokens("f'{x = !r}'", """
                FSTRING_START 'f\\''
                OP '{'
                NAME 'x'
                OP '='
                OP '!'
                NAME 'r'
                OP '}'
                FSTRING_END '\\''
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void colonInsideBracketsIsNoFormatSpec() {
        assertTokens("f'{a[1:2]}'", """
                FSTRING_START 'f\\''
                OP '{'
                NAME 'a'
                OP '['
                NUMBER '1'
                OP ':'
                NUMBER '2'
                OP ']'
                OP '}'
                FSTRING_END '\\''
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void notEqualInFieldIsOneOperator() {
        assertTokens("f'{a!=b}'", """
                FSTRING_START 'f\\''
                OP '{'
                NAME 'a'
                OP '!='
                NAME 'b'
                OP '}'
                FSTRING_END '\\''
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void dictDisplayInField() {
        assertTokens("f'{ {1: 2}[1] }'", """
                FSTRING_START 'f\\''
                OP '{'
                OP '{'
                NUMBER '1'
                OP ':'
                NUMBER '2'
                OP '}'
                OP '['
                NUMBER '1'
                OP ']'
                OP '}'
                FSTRING_END '\\''
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void rawPrefixesAnyCaseAndOrder() {
        assertTokens("Rf'\\d{x}' fR\"\\{y}\" F''", """
                FSTRING_START 'Rf\\''
                FSTRING_MIDDLE '\\\\d'
                OP '{'
                NAME 'x'
                OP '}'
                FSTRING_END '\\''
                FSTRING_START 'fR"'
                FSTRING_MIDDLE '\\\\'
                OP '{'
                NAME 'y'
                OP '}'
                FSTRING_END '"'
                FSTRING_START 'F\\''
                FSTRING_END '\\''
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void namedUnicodeEscapeIsNoField() {
        assertTokens("f'\\N{DASH} {x}'", """
                FSTRING_START 'f\\''
                FSTRING_MIDDLE '\\\\N{DASH} '
                OP '{'
                NAME 'x'
                OP '}'
                FSTRING_END '\\''
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void escapedQuoteStaysInText() {
        assertTokens("f'it\\'s {x}'", """
                FSTRING_START 'f\\''
                FSTRING_MIDDLE 'it\\\\\\'s '
                OP '{'
                NAME 'x'
                OP '}'
                FSTRING_END '\\''
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void tripleQuotedFieldSpansLines() {
        assertTokens("f'''a\n{x\n+ 1}\n'''\n", """
                FSTRING_START 'f\\'\\'\\''
                FSTRING_MIDDLE 'a\\n'
                OP '{'
                NAME 'x'
                NL '\\n'
                OP '+'
                NUMBER '1'
                OP '}'
                FSTRING_MIDDLE '\\n'
                FSTRING_END '\\'\\'\\''
                NEWLINE '\\n'
                ENDMARKER ''
                """);
    }

    @Test
    void parenthesisedLambdaInField() {
        assertTokens("f'{(lambda v: v)(1)}'", """
                FSTRING_START 'f\\''
                OP '{'
                OP '('
                NAME 'lambda'
                NAME 'v'
                OP ':'
                NAME 'v'
                OP ')'
                OP '('
                NUMBER '1'
                OP ')'
                OP '}'
                FSTRING_END '\\''
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void unterminatedFStringEndsWithEmptyErrorToken() {
        assertTokens("f'abc\nx\n", """
                FSTRING_START 'f\\''
                FSTRING_MIDDLE 'abc'
                ERRORTOKEN ''
                NEWLINE '\\n'
                NAME 'x'
                NEWLINE '\\n'
                ENDMARKER ''
                """);
    }

    @Test
    void unterminatedFieldUnwindsBrackets() {
        final Tokens t = PythonLexer.lex("f'{foo(x\ny\n");
        assertEquals(TokenDump.expected("""
                FSTRING_START 'f\\''
                OP '{'
                NAME 'foo'
                OP '('
                NAME 'x'
                ERRORTOKEN ''
                NEWLINE '\\n'
                NAME 'y'
                NEWLINE '\\n'
                ENDMARKER ''
                """), TokenDump.lines("f'{foo(x\ny\n"));
        assertEquals(0, t.depth(7));
        assertFalse(t.balanced());
    }

    @Test
    void loneClosingBraceIsErrorToken() {
        assertTokens("f'a}b'", """
                FSTRING_START 'f\\''
                FSTRING_MIDDLE 'a'
                ERRORTOKEN '}'
                FSTRING_MIDDLE 'b'
                FSTRING_END '\\''
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void fieldBracesArePartners() {
        final Tokens t = PythonLexer.lex("f'{x:{w}}'");
        assertEquals(7, t.partner(1));
        assertEquals(6, t.partner(4));
        assertEquals(1, t.depth(2));
        assertEquals(2, t.depth(5));
    }
}
