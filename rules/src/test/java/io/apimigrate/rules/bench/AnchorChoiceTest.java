package io.apimigrate.rules.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.pattern.PatternCompiler;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules of one library are indexed under the last name of their dotted prefix, not under the
 * library's name, so a token like {@code np} does not make every numpy rule try to match; import
 * rules under their module's, not under {@code from}.
 */
class AnchorChoiceTest {

    @Test
    void dottedPrefixAnchorsOnItsLastName() {
        assertEquals("norm", PatternCompiler.compile("np.linalg.norm($X)").anchorText());
        assertEquals("float", PatternCompiler.compile("np.float").anchorText());
    }

    @Test
    void importPatternAnchorsOnItsModulesLastName() {
        assertEquals("cross_validation",
                PatternCompiler.compile("from sklearn.cross_validation import $X").anchorText());
        assertEquals("slim", PatternCompiler.compile("import tensorflow.contrib.slim as slim").anchorText());
    }

    @Test
    void keywordLedStatementAnchorsOnTheDottedNameAfterIt() {
        assertEquals("float", PatternCompiler.compile("return np.float($X)").anchorText());
    }

    @Test
    void receiverPatternAnchorsOnItsFirstName() {
        assertEquals("iteritems", PatternCompiler.compile("$DF.iteritems()").anchorText());
    }

    @Test
    void callWithKeywordsAnchorsOnTheCallee() {
        assertEquals("f", PatternCompiler.compile("f($$$A, key=$V)").anchorText());
    }

    @Test
    void patternWithoutNamesAnchorsOnItsFirstLiteral() {
        assertEquals("[", PatternCompiler.compile("[$X]").anchorText());
    }

    @Test
    void matchesAreTheSameWhereverTheAnchorSits() {
        final List<SyntheticRule> rules = SyntheticRules.first(8);
        final MigrationEngine engine = MigrationEngine.of(SyntheticRules.ruleSet(rules), RoutingThresholds.DEFAULT);
        final SyntheticRule call = rules.get(0);
        final String code = "y = mod" + call.module() + ".func0(a, mod" + call.module() + ".func0(b))\n";
        final String expected = "y = mod" + call.module() + ".new_func0(a, mod" + call.module() + ".new_func0(b))\n";
        assertEquals(expected, engine.rewriteConfident(code).output());
    }
}
