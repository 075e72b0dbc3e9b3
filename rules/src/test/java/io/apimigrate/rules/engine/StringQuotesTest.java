package io.apimigrate.rules.engine;

import static io.apimigrate.rules.engine.Rules.learned;
import static io.apimigrate.rules.engine.Rules.rewrite;
import static io.apimigrate.rules.engine.Rules.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.apimigrate.rules.model.Rule;
import org.junit.jupiter.api.Test;

/**
 * A learned rule's plain string literals match the same string in the other quote character, and
 * the literals it writes then follow the code's quotes; a written rule matches as it is written.
 */
class StringQuotesTest {

    private static final Rule HOURLY = learned(rule("r", "pd.date_range($$$A, freq=\"H\", $$$B)",
            "pd.date_range($$$A, freq=\"h\", $$$B)"), 0.95);
    private static final Rule MONTH_END = learned(rule("r", "$X.resample(\"M\")", "$X.resample(\"ME\")"), 0.95);

    @Test
    void singleQuotesMatchALiteralLearnedInDoubleQuotes() {
        assertEquals("idx = pd.date_range('2015-07-03', periods=8, freq='h')\n",
                rewrite("idx = pd.date_range('2015-07-03', periods=8, freq='H')\n", HOURLY));
    }

    @Test
    void theLearnedQuotesStillMatchAndAreKept() {
        assertEquals("m = df.resample(\"ME\").sum()\n", rewrite("m = df.resample(\"M\").sum()\n", MONTH_END));
    }

    @Test
    void theCodesQuotesAreKeptInTheRewrite() {
        assertEquals("m = df.resample('ME').sum()\n", rewrite("m = df.resample('M').sum()\n", MONTH_END));
    }

    @Test
    void aRewrittenLiteralIsNotRewrittenAgain() {
        final String once = rewrite("m = df.resample('M').sum()\n", MONTH_END);
        assertEquals(once, rewrite(once, MONTH_END));
    }

    @Test
    void aPrefixedStringIsAnotherLiteral() {
        assertEquals("m = df.resample(f'M').sum()\n", rewrite("m = df.resample(f'M').sum()\n", MONTH_END));
    }

    @Test
    void aRuleThatOnlyChangesQuotesMatchesItsLiteralAsWritten() {
        final Rule requote = learned(rule("r", "open($A, \"r\")", "open($A, 'r')"), 0.95);
        assertEquals("f = open(p, 'r')\n", rewrite("f = open(p, 'r')\n", requote));
        assertEquals("f = open(p, 'r')\n", rewrite("f = open(p, \"r\")\n", requote));
    }

    @Test
    void aWrittenRuleMatchesOnlyItsOwnQuotes() {
        final Rule written = rule("r", "$X.resample(\"M\")", "$X.resample(\"ME\")");
        assertEquals("m = df.resample('M').sum()\n", rewrite("m = df.resample('M').sum()\n", written));
    }
}
