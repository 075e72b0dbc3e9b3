package io.apimigrate.rules.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexerTest {

    private static void assertTokens(final String source, final String expected) {
        assertEquals(TokenDump.expected(expected), TokenDump.lines(source));
    }

    @Test
    void importStatement() {
        assertTokens("import numpy as np\n", """
                NAME 'import'
                NAME 'numpy'
                NAME 'as'
                NAME 'np'
                NEWLINE '\\n'
                ENDMARKER ''
                """);
    }

    @Test
    void missingFinalNewlineYieldsEmptyNewline() {
        assertTokens("x", """
                NAME 'x'
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void emptySourceIsOnlyEndmarker() {
        assertTokens("", "ENDMARKER ''");
    }

    @Test
    void indentAndDedent() {
        assertTokens("if x:\n    y\nz\n", """
                NAME 'if'
                NAME 'x'
                OP ':'
                NEWLINE '\\n'
                INDENT '    '
                NAME 'y'
                NEWLINE '\\n'
                DEDENT ''
                NAME 'z'
                NEWLINE '\\n'
                ENDMARKER ''
                """);
    }

    @Test
    void blankAndCommentLinesAreNl() {
        assertTokens("x\n\n  # c\ny\n", """
                NAME 'x'
                NEWLINE '\\n'
                NL '\\n'
                COMMENT '# c'
                NL '\\n'
                NAME 'y'
                NEWLINE '\\n'
                ENDMARKER ''
                """);
    }

    @Test
    void newlineInsideBracketsIsNl() {
        assertTokens("f(a,\n  b)\n", """
                NAME 'f'
                OP '('
                NAME 'a'
                OP ','
                NL '\\n'
                NAME 'b'
                OP ')'
                NEWLINE '\\n'
                ENDMARKER ''
                """);
    }

    @Test
    void backslashContinuationYieldsNoToken() {
        assertTokens("x = 1 + \\\n    2\n", """
                NAME 'x'
                OP '='
                NUMBER '1'
                OP '+'
                NUMBER '2'
                NEWLINE '\\n'
                ENDMARKER ''
                """);
    }

    @Test
    void longestOperatorWins() {
        assertTokens("a **= b //= c -> d := e ... @= f != g", """
                NAME 'a'
                OP '**='
                NAME 'b'
                OP '//='
                NAME 'c'
                OP '->'
                NAME 'd'
                OP ':='
                NAME 'e'
                OP '...'
                OP '@='
                NAME 'f'
                OP '!='
                NAME 'g'
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void numbers() {
        assertTokens("1_000 0x_FF 0o17 0b1_0 1.5 1. .5 1e10 1.5E-3 3j 1.5e+2J 0", """
                NUMBER '1_000'
                NUMBER '0x_FF'
                NUMBER '0o17'
                NUMBER '0b1_0'
                NUMBER '1.5'
                NUMBER '1.'
                NUMBER '.5'
                NUMBER '1e10'
                NUMBER '1.5E-3'
                NUMBER '3j'
                NUMBER '1.5e+2J'
                NUMBER '0'
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void stringPrefixesAndQuotes() {
        assertTokens("r'a' U\"b\" Rb'c' bR\"d\" '''e\n''' \"\"\"f\"\"\" 'g\\'h'", """
                STRING 'r\\'a\\''
                STRING 'U"b"'
                STRING 'Rb\\'c\\''
                STRING 'bR"d"'
                STRING '\\'\\'\\'e\\n\\'\\'\\''
                STRING '""\"f""\"'
                STRING '\\'g\\\\\\'h\\''
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void unterminatedStringIsErrorTokenToLineEnd() {
        assertTokens("x = 'abc\ny\n", """
                NAME 'x'
                OP '='
                ERRORTOKEN '\\'abc'
                NEWLINE '\\n'
                NAME 'y'
                NEWLINE '\\n'
                ENDMARKER ''
                """);
    }

    @Test
    void fStringWithFieldsConversionAndSpec() {
        assertTokens("f\"a{x!r:>{w}}b{y=}\"", """
                FSTRING_START 'f"'
                FSTRING_MIDDLE 'a'
                OP '{'
                NAME 'x'
                OP '!'
                NAME 'r'
                OP ':'
                FSTRING_MIDDLE '>'
                OP '{'
                NAME 'w'
                OP '}'
                OP '}'
                FSTRING_MIDDLE 'b'
                OP '{'
                NAME 'y'
                OP '='
                OP '}'
                FSTRING_END '"'
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void partnersAndDepth() {
        final Tokens t = PythonLexer.lex("f(a[1], {b})");
        assertEquals(10, t.partner(1));
        assertEquals(1, t.partner(10));
        assertEquals(0, t.depth(1));
        assertEquals(1, t.depth(2));
        assertEquals(2, t.depth(4));
        assertEquals(1, t.depth(3));
        assertTrue(t.balanced());
    }

    @Test
    void unbalancedBracketsHaveNoPartner() {
        final Tokens t = PythonLexer.lex("x = foo(a, b");
        assertEquals(-1, t.partner(3));
        assertFalse(t.balanced());
    }

    @Test
    void nextAndPrevCodeSkipTrivia() {
        final Tokens t = PythonLexer.lex("f(a,  # c\n  b)");
        assertEquals(6, t.nextCode(3));
        assertEquals(3, t.prevCode(6));
        assertEquals(-1, t.prevCode(0));
        assertEquals(t.size(), t.nextCode(t.size() - 1));
    }

    @Test
    void linesAndLineStarts() {
        final Tokens t = PythonLexer.lex("a\r\nb\rc\n");
        assertEquals(3, t.lineStart(1));
        assertEquals(5, t.lineStart(2));
        assertEquals(2, t.line(4));
        assertEquals(4, t.lineCount());
    }

    @Test
    void textEqualsAndIsOp() {
        final Tokens t = PythonLexer.lex("np.zeros(3)");
        assertTrue(t.textEquals(0, "np"));
        assertFalse(t.textEquals(0, "n"));
        assertTrue(t.isOp(1, '.'));
        assertFalse(t.isOp(0, '.'));
        assertFalse(t.isOp(-1, '.'));
    }
}
