package io.apimigrate.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A learned rule leaves code alone where its rewrite would not be valid Python there. */
class SyntaxFitTest {

    private static final Rule UNWRAP = Rules.learned(Rules.rule("bytes", "bytes($A)", "$A"), 0.95);
    private static final Rule FORMAT = Rules.learned(Rules.rule("format", "\"{}\".format($A)", "f\"{$A}\""), 0.95);

    private static String migrate(final Rule rule, final String code) {
        return MigrationEngine.of(RuleSet.of(List.of(rule)), RoutingThresholds.DEFAULT).migrate(code).output();
    }

    @Test
    void aValueThatBindsLooserThanTheOperatorBesideItInTheTemplateStaysWhereItIs() {
        final Rule rate = Rules.learned(Rules.rule("rate", "tf.nn.dropout($A1, keep_prob=$A2)",
                "tf.nn.dropout($A1, rate=1 - $A2)"), 0.95);
        assertEquals("y = tf.nn.dropout(x, keep_prob=1 - p)\n", migrate(rate, "y = tf.nn.dropout(x, keep_prob=1 - p)\n"));
        assertEquals("y = tf.nn.dropout(x, rate=1 - (1 - p))\n", migrate(rate, "y = tf.nn.dropout(x, keep_prob=(1 - p))\n"));
        assertEquals("y = tf.nn.dropout(x, rate=1 - hp.keep * 2)\n", migrate(rate, "y = tf.nn.dropout(x, keep_prob=hp.keep * 2)\n"));
    }

    @Test
    void aComparisonDoesNotStandBesideAnotherThatWouldChainIt() {
        final Rule differs = Rules.learned(Rules.rule("differs", "not_same($A1, $A2)", "$A1 is not $A2"), 0.95);
        assertEquals("ok = not_same(a, b == c)\n", migrate(differs, "ok = not_same(a, b == c)\n"));
        assertEquals("ok = a is not b\n", migrate(differs, "ok = not_same(a, b)\n"));
    }

    @Test
    void aValueTheTemplateCallsAMethodOnMustBeAPrimary() {
        final Rule dtype = Rules.learned(Rules.rule("dtype", "is_categorical_dtype($A1)",
                "isinstance($A1.dtype, CategoricalDtype)"), 0.95);
        assertEquals("ok = is_categorical_dtype(a or b)\n", migrate(dtype, "ok = is_categorical_dtype(a or b)\n"));
        assertEquals("ok = isinstance(df[c].dtype, CategoricalDtype)\n", migrate(dtype, "ok = is_categorical_dtype(df[c])\n"));
    }

    @Test
    void aKeywordStatementReplacesOnlyAWholeStatement() {
        final Rule raise = Rules.learned(Rules.rule("raise", "six.raise_from($A1, $A2)", "raise $A1 from $A2"), 0.95);
        assertEquals("print(six.raise_from(e, c))\n", migrate(raise, "print(six.raise_from(e, c))\n"));
        assertEquals("(six.raise_from(e, c))\n", migrate(raise, "(six.raise_from(e, c))\n"));
        assertEquals("if x:\n    raise e from c\n", migrate(raise, "if x:\n    six.raise_from(e, c)\n"));
    }

    @Test
    void aValueIsMovedOutOfItsCall() {
        assertEquals("x = b\"foo\"\n", migrate(UNWRAP, "x = bytes(b\"foo\")\n"));
    }

    @Test
    void anUnpackedArgumentStaysInItsCall() {
        assertEquals("x = bytes(*parts)\n", migrate(UNWRAP, "x = bytes(*parts)\n"));
    }

    @Test
    void aValueThatSpansLinesInsideTheCallsBracketsStaysThere() {
        final String code = "x = bytes(b\"foo\"\n          b\"bar\")\n";
        assertEquals(code, migrate(UNWRAP, code));
    }

    @Test
    void anUnpackedArgumentStaysAnArgument() {
        final Rule field = Rules.learned(Rules.rule("field", "NullBooleanField($A)", "BooleanField($A, null=True)"), 0.95);
        assertEquals("f = BooleanField(*names, null=True)\n", migrate(field, "f = NullBooleanField(*names)\n"));
    }

    @Test
    void aValueThatSpansLinesMayDoSoInsideBracketsAroundTheMatch() {
        assertEquals("x = [b\"foo\"\n     b\"bar\"]\n", migrate(UNWRAP, "x = [bytes(b\"foo\"\n     b\"bar\")]\n"));
    }

    @Test
    void aValueThatSpansLinesInsideItsOwnBracketsIsMoved() {
        assertEquals("x = [1,\n     2]\n", migrate(UNWRAP, "x = bytes([1,\n     2])\n"));
    }

    @Test
    void aValueGoesIntoAnFString() {
        assertEquals("s = f\"{a[0]}\"\n", migrate(FORMAT, "s = \"{}\".format(a[0])\n"));
    }

    @Test
    void aValueHoldingTheFStringsQuoteStaysOut() {
        final String code = "s = \"{}\".format(a[\"b\"])\n";
        assertEquals(code, migrate(FORMAT, code));
    }

    @Test
    void aValueHoldingABackslashStaysOutOfAnFString() {
        final String code = "s = \"{}\".format(a['\\\\'])\n";
        assertEquals(code, migrate(FORMAT, code));
    }

    @Test
    void aLambdaStaysOutOfAnFString() {
        final String code = "s = \"{}\".format(lambda: 1)\n";
        assertEquals(code, migrate(FORMAT, code));
    }

    @Test
    void aHandWrittenRuleKeepsItsPatternsMeaning() {
        assertEquals("x = *parts\n", MigrationEngine.of(RuleSet.of(List.of(Rules.rule("bytes", "bytes($A)", "$A"))),
                RoutingThresholds.DEFAULT).migrate("x = bytes(*parts)\n").output());
    }

    @Test
    void aBraceTheTemplateOpensWithDoesNotDoubleAnFStringsBrace() {
        final Rule literal = Rules.learned(Rules.rule("set", "set([$A])", "{$A}"), 0.95);
        assertEquals("s = {x}\n", migrate(literal, "s = set([x])\n"));
        assertEquals("s = f\"{set([x])}\"\n", migrate(literal, "s = f\"{set([x])}\"\n"));
    }

    @Test
    void aClauseBecomesElseOnlyWhereNoClauseFollowsIt() {
        final Rule branch = Rules.learned(Rules.rule("elif", "elif six.PY3:", "else:"), 0.95);
        assertEquals("if a:\n    f()\nelse:\n    g()\nh()\n",
                migrate(branch, "if a:\n    f()\nelif six.PY3:\n    g()\nh()\n"));
        final String followed = "if a:\n    f()\nelif six.PY3:\n    g()\n\n    # note\nelse:\n    h()\n";
        assertEquals(followed, migrate(branch, followed));
    }
}
