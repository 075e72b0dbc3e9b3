package io.apimigrate.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.model.RuleFormatException;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.rules.model.RulesJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A metavariable constrained to a name or a number binds the one token it starts at, wherever that
 * token begins a longer operand ({@code tf.get_collection("k")[0]}, {@code 2 + k}).
 */
class OneTokenKindsTest {

    private static MigrationEngine engine(final String rule) throws RuleFormatException {
        return MigrationEngine.of(RuleSet.of(List.of(RulesJson.parseRule(rule))), RoutingThresholds.DEFAULT);
    }

    @Test
    void nameSlotRewritesTheNameThatStartsALongerOperand() throws RuleFormatException {
        final MigrationEngine slot = engine("""
                {"id": "tf.slot", "library": "tensorflow", "kind": "qualified_rename",
                 "pattern": "tf.$NAME", "template": "tf.compat.v1.$NAME",
                 "constraints": {"NAME": {"kind": "identifier", "regex": "_collection$"}}}
                """);
        assertEquals("x = tf.compat.v1.get_collection(\"k\")[0].name\n",
                slot.rewriteConfident("x = tf.get_collection(\"k\")[0].name\n").output());
        assertEquals("v = tf.get_variable(\"v\")\n", slot.rewriteConfident("v = tf.get_variable(\"v\")\n").output());
    }

    @Test
    void integerBindsOnlyALoneNumber() throws RuleFormatException {
        final MigrationEngine decimals = engine("""
                {"id": "np.round", "library": "numpy", "kind": "argument_reorder",
                 "pattern": "np.round($A, $N)", "template": "np.round($A, decimals=$N)",
                 "constraints": {"N": "integer"}}
                """);
        assertEquals("y = np.round(x, decimals=2)\n", decimals.rewriteConfident("y = np.round(x, 2)\n").output());
        assertEquals("y = np.round(x, 2 + k)\n", decimals.rewriteConfident("y = np.round(x, 2 + k)\n").output());
        assertEquals("y = np.round(x, 2.5)\n", decimals.rewriteConfident("y = np.round(x, 2.5)\n").output());
    }
}
