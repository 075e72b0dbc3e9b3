package io.apimigrate.rules.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.rules.python.PythonLexer;
import org.junit.jupiter.api.Test;

/** The statement lookups every confident match asks of its snippet. */
class StatementIndexTest {

    private static final String CODE = """
            import pandas as pd
            df = pd.read_csv(p)

            class Frame:
                def load(self, p):
                    a, df = split(p); df.append(a)
                    return df
            x = df
            """;

    private static CodeView view(final String code) {
        return new CodeView(PythonLexer.lex(code));
    }

    private static int token(final CodeView code, final String text, final int occurrence) {
        int seen = 0;
        for (int c = 0; c < code.size(); c++) {
            if (code.textEquals(c, text) && seen++ == occurrence) {
                return c;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void tokenBelongsToTheStatementItFollows() {
        final CodeView code = view(CODE);
        assertEquals(token(code, "df", 2), code.statements().statementStart(token(code, "append", 0)));
    }

    @Test
    void statementAfterASemicolonTakesTheColumnOfItsLine() {
        final CodeView code = view(CODE);
        final int append = code.statements().statementStart(token(code, "append", 0));
        assertEquals(token(code, "def", 0), code.statements().enclosingDefinition(append));
    }

    @Test
    void moduleLevelStatementHasNoEnclosingDefinition() {
        final CodeView code = view(CODE);
        assertEquals(-1, code.statements().enclosingDefinition(token(code, "x", 0)));
    }

    @Test
    void assignmentsIncludeTupleTargetsInOrder() {
        final CodeView code = view(CODE);
        assertArrayEquals(new int[] {token(code, "df", 0), token(code, "a", 0)}, code.statements().assignmentsOf("df"));
    }

    @Test
    void comparisonIsNoAssignment() {
        assertArrayEquals(new int[0], view("df == 1\n").statements().assignmentsOf("df"));
    }

    @Test
    void definedNamesAreClassesAndFunctions() {
        final CodeView code = view(CODE);
        assertTrue(code.statements().defines("Frame") && code.statements().defines("load"));
        assertFalse(code.statements().defines("df"));
    }

    @Test
    void emptySnippetHasNoStatement() {
        assertEquals(-1, view("").statements().statementStart(0));
    }
}
