package io.apimigrate.rules.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalBindingsTest {

    /** Every name the source binds, in its statements' scopes or their own. */
    private static Set<String> bound(final String source) {
        final Tokens tokens = PythonLexer.lex(source);
        final Set<String> names = new HashSet<>();
        for (final Statement statement : Statements.split(tokens)) {
            LocalBindings.inStatement(tokens, statement, names, names);
        }
        return names;
    }

    @Test
    void assignmentTargetsArePlainNamesBeforeTheLastEquals() {
        assertEquals(Set.of("a", "b", "c", "rest"), bound("a = b = f(x)\nc, *rest = items\n"));
    }

    @Test
    void attributesSubscriptsAndKeywordArgumentsAreNotBound() {
        assertEquals(Set.of(), bound("obj.attr = 1\nd[key] = 2\nf(matching=3)\n"));
    }

    @Test
    void annotatedAndAugmentedAssignmentsBindTheirTargetOnly() {
        assertEquals(Set.of("x", "y", "n"), bound("x: int = 5\ny: List[str]\nn += 1\n"));
    }

    @Test
    void oneLineCompoundStatementBindsAfterItsHeader() {
        assertEquals(Set.of("x"), bound("if ready == flag: x = 1\n"));
    }

    @Test
    void walrusDefClassAndParametersAreBound() {
        assertEquals(Set.of("m", "f", "a", "b", "args", "kw", "C"),
                bound("if (m := g()):\n    pass\ndef f(a, b=default, *args, **kw) -> R:\n    pass\nclass C(Base):\n    pass\n"));
    }

    @Test
    void namesMultipliedOrRaisedInDefaultValuesAreNotParameters() {
        assertEquals(Set.of("f", "sfreq", "scale", "g", "k"),
                bound("def f(sfreq=2 * np.pi, scale=base ** n):\n    pass\ng = lambda k=2 * np.e: k\n"));
    }

    @Test
    void lambdaForAndAsTargetsAreBound() {
        assertEquals(Set.of("key", "x", "i", "j", "v", "fh", "err"), bound(
                "key = lambda x: x\nfor i, j in pairs:\n    pass\nys = [v for v in vs]\n"
                        + "with open(p) as fh:\n    pass\ntry:\n    pass\nexcept E as err:\n    pass\n").stream()
                .filter(n -> !n.equals("ys")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void importsAreLeftToTheImportTable() {
        assertEquals(Set.of(), bound("import numpy as np\nfrom a import b as c\n"));
    }
}
