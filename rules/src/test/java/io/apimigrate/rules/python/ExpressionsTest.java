package io.apimigrate.rules.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExpressionsTest {

    /** Text of the primary starting at the first token whose text is {@code from}. */
    private static String primaryFrom(final String source, final String from) {
        final Tokens t = PythonLexer.lex(source);
        final int first = find(t, from);
        final int end = Expressions.primaryEnd(t, first);
        return end == first ? "" : source.substring(t.start(first), t.end(end - 1));
    }

    /** Text of the primary ending at the last token whose text is {@code last}. */
    private static String primaryTo(final String source, final String last) {
        final Tokens t = PythonLexer.lex(source);
        int k = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.textEquals(i, last)) {
                k = i;
            }
        }
        final int start = Expressions.primaryStart(t, k);
        return start > k ? "" : source.substring(t.start(start), t.end(k));
    }

    private static String operandFrom(final String source, final String from) {
        final Tokens t = PythonLexer.lex(source);
        final int first = find(t, from);
        final int end = Expressions.operandEnd(t, first);
        return end == first ? "" : source.substring(t.start(first), t.end(end - 1));
    }

    private static int find(final Tokens t, final String text) {
        for (int i = 0; i < t.size(); i++) {
            if (t.textEquals(i, text)) {
                return i;
            }
        }
        throw new AssertionError("no token " + text);
    }

    @Test
    void primaryWithTrailers() {
        assertEquals("np.linalg.norm(x, axis=0)[1].T", primaryFrom("y = np.linalg.norm(x, axis=0)[1].T + 1", "np"));
    }

    @Test
    void primaryOfStringRunAndFString() {
        assertEquals("'a' f\"{b}\" 'c'.join(x)", primaryFrom("s = 'a' f\"{b}\" 'c'.join(x)", "'a'"));
    }

    @Test
    void primaryOfParenthesisedAtom() {
        assertEquals("(a + b).sum()", primaryFrom("(a + b).sum() * 2", "("));
    }

    @Test
    void primaryStopsAtOperator() {
        assertEquals("x", primaryFrom("x + y", "x"));
    }

    @Test
    void keywordStartsNoPrimary() {
        assertEquals("", primaryFrom("not x", "not"));
        assertEquals("None", primaryFrom("y = None", "None"));
    }

    @Test
    void unclosedCallRunsToLineEnd() {
        assertEquals("foo(a, b", primaryFrom("x = foo(a, b\n", "foo"));
    }

    @Test
    void primaryStartWalksBackOverTrailers() {
        assertEquals("df.groupby('k')['v'].agg", primaryTo("return df.groupby('k')['v'].agg", "agg"));
    }

    @Test
    void primaryStartStopsAtKeyword() {
        assertEquals("(a)", primaryTo("if x in (a)", ")"));
        assertEquals("b", primaryTo("not b", "b"));
    }

    @Test
    void primaryStartOfCallEndingAtParen() {
        assertEquals("torch.nn.functional.relu(x)", primaryTo("y = torch.nn.functional.relu(x)", ")"));
    }

    @Test
    void primaryStartOfFString() {
        assertEquals("f'{a}'.strip", primaryTo("y = f'{a}'.strip", "strip"));
    }

    @Test
    void operatorEndsNoPrimary() {
        assertEquals("", primaryTo("a +", "+"));
    }

    @Test
    void operandStopsAtCommaAndClosingBracket() {
        assertEquals("a + b * c", operandFrom("f(a + b * c, d)", "a"));
        assertEquals("d", operandFrom("f(a, d)", "d"));
    }

    @Test
    void operandStopsAtAssignmentAndColon() {
        assertEquals("x.y", operandFrom("x.y = 3", "x"));
        assertEquals("k", operandFrom("{k: v}", "k"));
        assertEquals("n", operandFrom("n += 1", "n"));
    }

    @Test
    void operandKeepsComparisonsWalrusAndLambda() {
        assertEquals("a == b", operandFrom("f(a == b)", "a"));
        assertEquals("lambda x, y=1: x + y", operandFrom("f(lambda x, y=1: x + y, z)", "lambda"));
        assertEquals("a[1:2]", operandFrom("b = a[1:2]", "a"));
    }

    @Test
    void operandSpansGeneratorAndDropsTrailingComment() {
        assertEquals("x for x in y", operandFrom("f(x for x in y)", "x"));
        assertEquals("1 + 2", operandFrom("v = 1 + 2  # c\n", "1"));
    }

    @Test
    void operandStopsAtAs() {
        assertEquals("open(p)", operandFrom("with open(p) as f:", "open"));
    }
}
