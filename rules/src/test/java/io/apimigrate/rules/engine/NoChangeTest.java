package io.apimigrate.rules.engine;

import static io.apimigrate.rules.engine.Rules.engine;
import static io.apimigrate.rules.engine.Rules.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.apimigrate.rules.Decision;
import io.apimigrate.rules.Strategy;
import org.junit.jupiter.api.Test;

/** Code that must not change is answered UNCHANGED, byte for byte. */
class NoChangeTest {

    private static void unchanged(final String code, final io.apimigrate.rules.model.Rule rule) {
        final Decision decision = engine(rule).migrate(code);
        assertEquals(Strategy.UNCHANGED, decision.strategy());
        assertEquals(code, decision.output());
    }

    @Test
    void alreadyMigratedCode() {
        unchanged("x = float(1.5)\n", rule("r", "np.float", "float"));
    }

    @Test
    void sameNameInAString() {
        unchanged("msg = 'np.float is gone'  # np.float too\n", rule("r", "np.float", "float"));
    }

    @Test
    void importStatementWithMoreNames() {
        unchanged("from pydantic import BaseSettings, Field\n",
                rule("r", "from pydantic import BaseSettings", "from pydantic_settings import BaseSettings"));
    }

    @Test
    void returnStatementWithMoreAfterIt() {
        unchanged("def f():\n    return foo(x) + 1\n", rule("r", "return foo($X)", "return bar($X)"));
    }

    @Test
    void keywordOfAnotherFunction() {
        unchanged("other(sparse=False)", rule("r", "OneHotEncoder($$$A, sparse=$V, $$$B)", "OneHotEncoder($$$A, sparse_output=$V, $$$B)"));
    }

    @Test
    void wrongArity() {
        unchanged("torch.solve(b)", rule("r", "torch.solve($B, $A)", "torch.linalg.solve($A, $B)"));
    }

    @Test
    void aliasBoundToAnotherModule() {
        final var rule = new io.apimigrate.rules.model.Rule("r", "tensorflow", "", "", "", "",
                io.apimigrate.rules.model.RuleKind.QUALIFIED_RENAME, "tf.conj", "tf.math.conj",
                java.util.Map.of(), io.apimigrate.rules.model.ImportEdits.NONE,
                new io.apimigrate.rules.model.Evidence(java.util.List.of("tensorflow"), java.util.List.of(), false, 1.0,
                        "tensorflow", java.util.List.of(), false, java.util.List.of()), 1.0, 1, 1.0, true, io.apimigrate.rules.model.RuleOrigin.LEARNED, java.util.List.of());
        unchanged("import tensorflow.compat.v1 as tf\ntf.conj(a)\n", rule);
        assertEquals("import tensorflow as tf\ntf.math.conj(a)\n",
                engine(rule).migrate("import tensorflow as tf\ntf.conj(a)\n").output());
    }
}
