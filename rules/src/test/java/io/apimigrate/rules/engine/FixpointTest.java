package io.apimigrate.rules.engine;

import static io.apimigrate.rules.engine.Rules.engine;
import static io.apimigrate.rules.engine.Rules.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.Strategy;
import org.junit.jupiter.api.Test;

/**
 * When a rewrite settles after one pass and when it needs another: the engine skips the second
 * lex only where no rule can match again, so chained and half-matched rewrites still complete.
 */
class FixpointTest {

    private static final MigrationEngine CHAIN = engine(rule("a", "lib.old($X)", "lib.mid($X)"),
            rule("b", "lib.mid($X)", "lib.new($X)"));

    @Test
    void aReplacementHoldingAnotherRulesAnchorGetsASecondPass() {
        assertEquals("y = lib.new(1)\n", CHAIN.rewriteConfident("y = lib.old(1)\n").output());
    }

    @Test
    void theDirectAnswerTakesTheSecondPassToo() {
        assertEquals("y = lib.new(1)\n", CHAIN.migrate("y = lib.old(1)\n").output());
        assertEquals(Strategy.DIRECT_RULE, CHAIN.migrate("y = lib.old(1)\n").strategy());
    }

    @Test
    void aNestedMatchTheFirstPassHadToLeaveIsRewrittenInTheNext() {
        final MigrationEngine engine = engine(rule("r", "mod.f($X)", "mod.g($X)"));
        assertEquals("a = mod.g(mod.g(1))\n", engine.rewriteConfident("a = mod.f(mod.f(1))\n").output());
    }

    @Test
    void aKeywordAddedToACallAnEarlierPassEditedIsNoDirectAnswer() {
        final MigrationEngine engine = engine(rule("drop", "send_mail($$$M1, fail_silently=False, $$$M2)", "send_mail($$$M1, $$$M2)"),
                rule("name", "send_mail($A1, $A2, $A3)", "send_mail($A1, $A2, fail_silently=$A3)"));
        assertEquals(Strategy.DIRECT_RULE, engine.migrate("send_mail(s, m, True)\n").strategy());
        assertEquals(Strategy.RULE_GUIDED, engine.migrate("send_mail(s, m, True, fail_silently=False)\n").strategy());
    }

    @Test
    void aSettledRewriteIsTheSameAsTheLexedOne() {
        final MigrationEngine engine = engine(rule("r", "np.float", "float"));
        assertEquals("x = float(a) + float(b)\n", engine.rewriteConfident("x = np.float(a) + np.float(b)\n").output());
    }

    @Test
    void anAnchorThatStartsWithALatin1LetterIsFound() {
        final MigrationEngine engine = engine(rule("r", "émettre($X)", "emit($X)"));
        assertEquals("x = emit(1)\n", engine.rewriteConfident("x = émettre(1)\n").output());
        assertEquals("x = emit(1)\n", engine.migrate("x = émettre(1)\n").output());
    }

    @Test
    void oneLibrarysRuleDoesNotRewriteWhatAnotherLibrarysRuleWrote() {
        final MigrationEngine engine = engine(Rules.fromLibrary(rule("a", "$X.as_dcm()", "$X.as_matrix()"), "scipy"),
                Rules.fromLibrary(rule("b", "$X.as_matrix()", "$X.to_numpy()"), "pandas"));
        assertEquals("m = r.as_matrix()\n", engine.migrate("m = r.as_dcm()\n").output());
        assertEquals("m = r.as_matrix()\nv = df.to_numpy()\n",
                engine.rewriteConfident("m = r.as_dcm()\nv = df.as_matrix()\n").output());
    }

    @Test
    void aChainOfOneLibrarysRulesAfterAnInsertedImportStillCompletes() {
        final MigrationEngine engine = engine(
                Rules.withImports(Rules.fromLibrary(rule("a", "lib.old($X)", "mid($X)"), "lib"), "from lib import mid"),
                Rules.fromLibrary(rule("b", "mid($X)", "lib.new($X)"), "lib"));
        assertEquals("from lib import mid\ny = lib.new(1)\n", engine.rewriteConfident("y = lib.old(1)\n").output());
    }
}
