package io.apimigrate.rules.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementsTest {

    private static List<String> texts(final String source) {
        return Statements.split(PythonLexer.lex(source)).stream()
                .map(s -> source.substring(s.startOffset(), s.endOffset())).toList();
    }

    @Test
    void splitsAtNewlineAndSemicolon() {
        assertEquals(List.of("a = 1", "b = 2", "c"), texts("a = 1; b = 2\nc\n"));
    }

    @Test
    void semicolonInsideBracketsDoesNotSplit() {
        assertEquals(List.of("f(';', [a; b])"), texts("f(';', [a; b])"));
    }

    @Test
    void multiLineStatementKeepsLinesAndDropsTrailingComment() {
        final String source = "\n\nx = foo(a,\n        b)  # note\ny = 2\n";
        final List<Statement> statements = Statements.split(PythonLexer.lex(source));
        assertEquals(2, statements.get(0).firstLine());
        assertEquals(3, statements.get(0).lastLine());
        assertEquals("x = foo(a,\n        b)", source.substring(statements.get(0).startOffset(),
                statements.get(0).endOffset()));
    }

    @Test
    void blankLinesCommentsAndEmptyStatementsYieldNothing() {
        assertEquals(List.of("x"), texts("\n# only a comment\n;;\n  \nx;\n"));
    }

    @Test
    void compoundHeaderAndBodyAreSeparate() {
        assertEquals(List.of("if x:", "y = 1", "z"), texts("if x:\n    y = 1\nz\n"));
    }

    @Test
    void unclosedBracketEndsAtEndOfInput() {
        assertEquals(List.of("x = foo(a, b"), texts("x = foo(a, b"));
    }

    @Test
    void tripleQuotedStringSpansLines() {
        final List<Statement> statements = Statements.split(PythonLexer.lex("s = '''a\nb\nc'''\n"));
        assertEquals(0, statements.get(0).firstLine());
        assertEquals(2, statements.get(0).lastLine());
    }

    @Test
    void containingFindsStatementOfToken() {
        final Tokens tokens = PythonLexer.lex("a = 1\nb = 2\n");
        final List<Statement> statements = Statements.split(tokens);
        assertEquals(statements.get(1), Statements.containing(statements, 5));
        assertEquals(null, Statements.containing(statements, 3));
    }
}
