package io.apimigrate.rules.engine;

import static io.apimigrate.rules.engine.Rules.engine;
import static io.apimigrate.rules.engine.Rules.learned;
import static io.apimigrate.rules.engine.Rules.rewrite;
import static io.apimigrate.rules.engine.Rules.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.apimigrate.rules.Strategy;
import io.apimigrate.rules.model.Rule;
import org.junit.jupiter.api.Test;

/**
 * A learned rule matches its keyword arguments in whatever order a call passes them, and keeps that order;
 * a written rule matches as it is written.
 */
class KeywordOrderTest {

    private static final Rule XLIM = learned(rule("r", "$X.set_xlim($$$M1, xmin=$A1, xmax=$A2, $$$M2)",
            "$X.set_xlim($$$M1, left=$A1, right=$A2, $$$M2)"), 0.95);
    private static final Rule CAPTURE = learned(rule("r",
            "subprocess.run($$$M1, stdout=subprocess.PIPE, stderr=subprocess.PIPE, $$$M2)",
            "subprocess.run($$$M1, capture_output=True, $$$M2)"), 0.95);

    @Test
    void swappedKeywordsAreRenamedInTheCallsOrder() {
        assertEquals("ax.set_xlim(right=3, left=f(x))\n", rewrite("ax.set_xlim(xmax=3, xmin=f(x))\n", XLIM));
    }

    @Test
    void theLearnedOrderStillMatches() {
        assertEquals("ax.set_xlim(0, left=1, right=3)\n", rewrite("ax.set_xlim(0, xmin=1, xmax=3)\n", XLIM));
    }

    @Test
    void mergedKeywordsAreReplacedInEitherOrder() {
        assertEquals("r = subprocess.run(cmd, capture_output=True, check=True)\n",
                rewrite("r = subprocess.run(cmd, stderr=subprocess.PIPE, stdout=subprocess.PIPE, check=True)\n", CAPTURE));
    }

    @Test
    void callsInBothOrdersInOneSnippetAreOneRulesMatches() {
        final var decision = engine(XLIM).migrate("ax.set_xlim(xmin=0, xmax=1)\nbx.set_xlim(xmax=2, xmin=1)\n");
        assertEquals(Strategy.DIRECT_RULE, decision.strategy());
        assertEquals("ax.set_xlim(left=0, right=1)\nbx.set_xlim(right=2, left=1)\n", decision.output());
        assertEquals(1, decision.appliedRuleIds().size());
    }

    @Test
    void keywordsThatAreNotAdjacentAreLeftAlone() {
        assertEquals("ax.set_xlim(xmax=3, emit=False, xmin=1)\n", rewrite("ax.set_xlim(xmax=3, emit=False, xmin=1)\n", XLIM));
    }

    @Test
    void aRewrittenCallIsNotRewrittenAgain() {
        final String once = rewrite("ax.set_xlim(xmax=3, xmin=1)\n", XLIM);
        assertEquals(once, rewrite(once, XLIM));
    }

    @Test
    void aWrittenRuleMatchesOnlyItsOwnOrder() {
        final Rule written = rule("r", "$X.set_xlim($$$M1, xmin=$A1, xmax=$A2, $$$M2)",
                "$X.set_xlim($$$M1, left=$A1, right=$A2, $$$M2)");
        assertEquals("ax.set_xlim(xmax=3, xmin=1)\n", rewrite("ax.set_xlim(xmax=3, xmin=1)\n", written));
    }
}
