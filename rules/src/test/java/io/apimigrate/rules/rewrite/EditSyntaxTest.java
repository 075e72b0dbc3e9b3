package io.apimigrate.rules.rewrite;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Which one-line edits provably keep the token structure. Each case names the removed text and
 * the output with the replacement between '«' and '»'.
 */
class EditSyntaxTest {

    @Test
    void aRenamedAttributeKeepsStructure() {
        assertTrue(keeps("Type11", "x = mod55.«NewType11»(a)\n"));
    }

    @Test
    void aRewrittenCallWithItsBracketsKeepsStructure() {
        assertTrue(keeps("np.fn(a, kw=1)", "y = «np.fn(a, new_kw=1)»\n"));
    }

    @Test
    void aDeletionBetweenSeparatorsKeepsStructure() {
        assertTrue(keeps("np.", "y = («»float(a))\n"));
    }

    @Test
    void anUnbalancedReplacementDoesNot() {
        assertFalse(keeps("f(a)", "y = «g(a»\n"));
    }

    @Test
    void anOpenBracketOfAnotherKindDoesNot() {
        assertFalse(keeps("(a", "y = f«[a»)\n"));
    }

    @Test
    void aReplacementThatFusesWithTheNameBeforeItDoesNot() {
        assertFalse(keeps(" b", "y = a«b»\n"));
    }

    @Test
    void aNameBeforeAQuoteBecomesAStringPrefixAndDoesNot() {
        assertFalse(keeps("g", "y = «f»'x'\n"));
    }

    @Test
    void aNumberBeforeADotDoesNot() {
        assertFalse(keeps("x", "y = «1».real\n"));
    }

    @Test
    void aSignAfterAnExponentMarkerBeforeADigitDoesNot() {
        assertFalse(keeps("x", "y = 1e«+»1\n"));
    }

    @Test
    void aNameBeforeADotKeepsStructure() {
        assertTrue(keeps("x", "y = «x1».real\n"));
    }

    @Test
    void adjacentOperatorsDoNot() {
        assertFalse(keeps("+", "y = a «=»= b\n"));
    }

    @Test
    void aReplacementWithAStringKeepsStructure() {
        assertTrue(keeps("False", "f(on_bad_lines=«'skip'»)\n"));
    }

    @Test
    void twoQuotesSideBySideDoNot() {
        assertFalse(keeps("x", "f(''«'a'»)\n"));
    }

    @Test
    void anUnterminatedStringDoesNot() {
        assertFalse(keeps("a", "f(«'a»)\n"));
    }

    @Test
    void aCommentDoesNot() {
        assertFalse(keeps("a", "f(«a  # note») + 1\n"));
    }

    @Test
    void aLineBreakDoesNot() {
        assertFalse(keeps("a, b", "f(«a,\n  b»)\n"));
    }

    @Test
    void replacingALinesOnlyCodeWithBlanksDoesNot() {
        assertFalse(keeps("a", "if x:\n    « »\n"));
    }

    @Test
    void aReplacementThatMovesTheFirstCodeOfALineDoesNot() {
        assertFalse(keeps("a", "if x:\n    « b»\n"));
    }

    @Test
    void aRenameAtTheStartOfAnIndentedLineKeepsStructure() {
        assertTrue(keeps("old", "if x:\n    «new»(a)\n"));
    }

    @Test
    void anEditAtTheStartOfALineDoesNot() {
        assertFalse(keeps("old", "«new»(a)\n"));
    }

    private static boolean keeps(final String removed, final String marked) {
        final int start = marked.indexOf('«');
        final int end = marked.indexOf('»') - 1;
        final String output = marked.replace("«", "").replace("»", "");
        return EditSyntax.keepsStructure(removed, output, start, end);
    }
}
