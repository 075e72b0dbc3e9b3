package io.apimigrate.rules.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Fragments and garbage: the lexer never throws, never recurses and loses no character. */
class LexerRobustnessTest {

    private static Tokens lexChecked(final String source) {
        final Tokens tokens = PythonLexer.lex(source);
        TokenInvariants.check(source, tokens);
        return tokens;
    }

    private static void assertTokens(final String source, final String expected) {
        lexChecked(source);
        assertEquals(TokenDump.expected(expected), TokenDump.lines(source));
    }

    @Test
    void unmatchedClosersAreOperatorsWithoutPartner() {
        final Tokens t = lexChecked(")))");
        assertEquals(-1, t.partner(0));
        assertEquals(0, t.depth(2));
        assertFalse(t.balanced());
    }

    @Test
    void mismatchedCloserLeavesOpenerOpen() {
        final Tokens t = lexChecked("(]\n");
        assertEquals(-1, t.partner(0));
        assertEquals(-1, t.partner(1));
        assertEquals(TokenKind.NL, t.kind(2));
    }

    @Test
    void tenThousandDeepBrackets() {
        final String source = "(".repeat(10_000) + "x" + ")".repeat(10_000);
        final Tokens t = lexChecked(source);
        assertTrue(t.balanced());
        assertEquals(10_000, t.depth(10_000));
        assertEquals(20_000, t.partner(0));
    }

    @Test
    void tenThousandDeepUnclosedBrackets() {
        final Tokens t = lexChecked("((((".repeat(2_500));
        assertFalse(t.balanced());
        assertEquals(TokenKind.ENDMARKER, t.kind(t.size() - 1));
    }

    @Test
    void oneMegabyteLine() {
        final String source = "foo(a, 'x', f\"{b!r}\", [1.5e3]) + ".repeat(32_000) + "z";
        final Tokens t = lexChecked(source);
        assertTrue(source.length() > 1_000_000);
        assertTrue(t.balanced());
        assertEquals(1, t.lineCount());
    }

    @Test
    void strayCharactersAreErrorTokens() {
        assertTokens("a $ b ? `c`", """
                NAME 'a'
                ERRORTOKEN '$'
                NAME 'b'
                ERRORTOKEN '?'
                ERRORTOKEN '`'
                NAME 'c'
                ERRORTOKEN '`'
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void nulAndLoneSurrogatesAreErrorTokens() {
        assertTokens("a\u0000b \ud800 \udc00x", """
                NAME 'a'
                ERRORTOKEN '\u0000'
                NAME 'b'
                ERRORTOKEN '\ud800'
                ERRORTOKEN '\udc00'
                NAME 'x'
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void supplementaryIdentifierIsOneName() {
        assertTokens("\uD835\uDC65 = 1", """
                NAME '\uD835\uDC65'
                OP '='
                NUMBER '1'
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void carriageReturnLineEndings() {
        final Tokens t = lexChecked("if a:\r    b\rc\r");
        assertEquals(TokenDump.expected("""
                NAME 'if'
                NAME 'a'
                OP ':'
                NEWLINE '\\r'
                INDENT '    '
                NAME 'b'
                NEWLINE '\\r'
                DEDENT ''
                NAME 'c'
                NEWLINE '\\r'
                ENDMARKER ''
                """), TokenDump.lines("if a:\r    b\rc\r"));
        assertEquals(2, t.line(8));
    }

    @Test
    void inconsistentDedentIsTolerated() {
        assertTokens("if a:\n    b\n  c\nd\n", """
                NAME 'if'
                NAME 'a'
                OP ':'
                NEWLINE '\\n'
                INDENT '    '
                NAME 'b'
                NEWLINE '\\n'
                DEDENT ''
                NAME 'c'
                NEWLINE '\\n'
                NAME 'd'
                NEWLINE '\\n'
                ENDMARKER ''
                """);
    }

    @Test
    void indentedFragmentGetsIndentAndFinalDedent() {
        assertTokens("    x = 1\n    y\n", """
                INDENT '    '
                NAME 'x'
                OP '='
                NUMBER '1'
                NEWLINE '\\n'
                NAME 'y'
                NEWLINE '\\n'
                DEDENT ''
                ENDMARKER ''
                """);
    }

    @Test
    void unterminatedTripleQuoteRunsToEnd() {
        assertTokens("x = '''abc\ndef", """
                NAME 'x'
                OP '='
                ERRORTOKEN '\\'\\'\\'abc\\ndef'
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void backslashNotBeforeNewlineIsErrorToken() {
        assertTokens("a \\ b\\", """
                NAME 'a'
                ERRORTOKEN '\\\\'
                NAME 'b'
                ERRORTOKEN '\\\\'
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void byteOrderMarkIsSkipped() {
        final Tokens t = lexChecked("\uFEFFx");
        assertEquals(1, t.start(0));
    }

    @Test
    void unclosedCallEndsLogicalLineAtEndOfInput() {
        assertTokens("x = foo(a,\n  b", """
                NAME 'x'
                OP '='
                NAME 'foo'
                OP '('
                NAME 'a'
                OP ','
                NL '\\n'
                NAME 'b'
                NEWLINE ''
                ENDMARKER ''
                """);
    }

    @Test
    void numberFollowedByLettersSplits() {
        assertTokens("1if 0x 1e 1_", """
                NUMBER '1'
                NAME 'if'
                NUMBER '0'
                NAME 'x'
                NUMBER '1'
                NAME 'e'
                NUMBER '1'
                NAME '_'
                NEWLINE ''
                ENDMARKER ''
                """);
    }
}
