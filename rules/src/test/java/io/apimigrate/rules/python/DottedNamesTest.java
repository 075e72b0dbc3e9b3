package io.apimigrate.rules.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DottedNamesTest {

    @Test
    void dottedNameEndAndText() {
        final Tokens t = PythonLexer.lex("a.b.c(x)");
        assertEquals(5, DottedNames.end(t, 0));
        assertEquals("a.b.c", DottedNames.text(t, 0, 5));
    }

    @Test
    void commentsAndLineBreaksBetweenParts() {
        final Tokens t = PythonLexer.lex("(a  # c\n .b\n . c)");
        final int end = DottedNames.end(t, 1);
        assertEquals("a.b.c", DottedNames.text(t, 1, end));
        assertEquals(t.size() - 3, end);
    }

    @Test
    void notANameGivesEmptyRange() {
        final Tokens t = PythonLexer.lex("1.5");
        assertEquals(0, DottedNames.end(t, 0));
    }

    @Test
    void trailingDotIsNotPartOfName() {
        final Tokens t = PythonLexer.lex("a.b.");
        assertEquals(3, DottedNames.end(t, 0));
    }
}
