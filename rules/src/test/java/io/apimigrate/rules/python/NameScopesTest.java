package io.apimigrate.rules.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameScopesTest {

    /** The code token where {@code marker} starts in the source of {@code tokens}. */
    private static int tokenAt(final Tokens tokens, final String marker) {
        final int offset = tokens.source().toString().indexOf(marker);
        int token = 0;
        while (tokens.start(token) < offset) {
            token++;
        }
        return tokens.nextCode(token - 1);
    }

    /** Whether {@code name} is bound at the code token where {@code marker} starts in {@code source}. */
    private static boolean boundAt(final String source, final String name, final String marker) {
        final Tokens tokens = PythonLexer.lex(source);
        return NameScopes.scan(tokens).boundAt(name, tokenAt(tokens, marker));
    }

    @Test
    void aModuleLevelBindingHoldsEverywhere() {
        final String source = "np = None\ndef f():\n    return HERE.x\n";
        assertTrue(boundAt(source, "np", "HERE"));
    }

    @Test
    void aParameterHoldsOnlyInItsFunction() {
        final String source = "def cost(x, np):\n    return INSIDE\n\ndef layout(pos):\n    return OUTSIDE\n";
        assertTrue(boundAt(source, "np", "INSIDE"));
        assertFalse(boundAt(source, "np", "OUTSIDE"));
    }

    @Test
    void aNameAFunctionDeclaresGlobalIsBoundAtModuleLevel() {
        final String source = "def setup():\n    global np\n    np = stub()\n\ndef test():\n    return ELSEWHERE\n";
        assertTrue(boundAt(source, "np", "ELSEWHERE"));
    }

    @Test
    void aNameBoundInAFunctionHoldsInItsNestedFunctions() {
        final String source = "def outer():\n    np = load()\n    def inner():\n        return NESTED\n";
        assertTrue(boundAt(source, "np", "NESTED"));
    }

    @Test
    void aMethodNameHoldsInItsClassBodyButNotInItsMethods() {
        final String source = "class Sampler:\n    def stats(self):\n        return 1\n    BODY = 2\n"
                + "    def draw(self):\n        return METHOD\nTOP = 3\n";
        assertTrue(boundAt(source, "stats", "BODY"));
        assertFalse(boundAt(source, "stats", "METHOD"));
        assertFalse(boundAt(source, "stats", "TOP"));
    }

    @Test
    void aLambdaParameterHoldsOnlyInItsStatement() {
        final String source = "key = lambda pd: pd.name\nframe = LATER\n";
        assertFalse(boundAt(source, "pd", "LATER"));
    }

    @Test
    void aParameterHeaderIsTheInnermostFunctionAroundThatTakesIt() {
        final Tokens tokens = PythonLexer.lex("def outer(order='fro'):\n    def inner(x):\n        return HERE\n    return 1\nTOP = 2\n");
        final NameScopes scopes = NameScopes.scan(tokens);
        assertEquals(0, scopes.parameterHeader("order", tokenAt(tokens, "HERE")));
        assertEquals(-1, scopes.parameterHeader("order", tokenAt(tokens, "TOP")));
    }
}
