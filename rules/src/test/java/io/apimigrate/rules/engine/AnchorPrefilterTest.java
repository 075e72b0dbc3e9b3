package io.apimigrate.rules.engine;

import static io.apimigrate.rules.engine.Rules.rule;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.rules.match.AnchorIndex;
import io.apimigrate.rules.match.CompiledRule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The word scan that lets whole files without any rule anchor skip lexing. */
class AnchorPrefilterTest {

    private static final AnchorIndex INDEX = AnchorIndex.of(List.of(
            CompiledRule.of(rule("a", "np.float", "float")), CompiledRule.of(rule("b", "$X.iteritems()", "$X.items()"))));

    @Test
    void codeWithoutAnchorWordsCannotMatch() {
        assertFalse(INDEX.mayMatch("import os\nx = floats + 1  # np.floaty\n"));
    }

    @Test
    void anchorWordAnywhereMayMatch() {
        assertTrue(INDEX.mayMatch("y = np.float(3)"));
        assertTrue(INDEX.mayMatch("for k in d.iteritems(): pass"));
    }

    @Test
    void utf8BytesWithoutAnchorWordsCannotMatch() {
        final byte[] code = "café = floats  # np.floaty → π\n".getBytes(StandardCharsets.UTF_8);
        assertFalse(INDEX.mayMatchUtf8(code, code.length));
    }

    @Test
    void anchorBetweenNonAsciiCharactersInUtf8MayMatch() {
        final byte[] code = "x = «float»(1)\ny = 2·iteritems\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(INDEX.mayMatchUtf8(code, 12));
        assertTrue(INDEX.mayMatchUtf8(code, code.length));
    }

    @Test
    void oneCharacterAnchorIsFoundInUtf8AndWordsStartingWithItAreNot() {
        final AnchorIndex single = AnchorIndex.of(List.of(CompiledRule.of(rule("s", "m.f($X)", "m.g($X)"))));
        final byte[] without = "for fx in frames: fmt(fx)\n".getBytes(StandardCharsets.UTF_8);
        final byte[] with = "y = m.f(1)\n".getBytes(StandardCharsets.UTF_8);
        assertFalse(single.mayMatchUtf8(without, without.length));
        assertTrue(single.mayMatchUtf8(with, with.length));
    }

    @Test
    void anchorAtTheVeryEndOfTheUtf8TextIsFound() {
        final byte[] code = "x = 1; np.float".getBytes(StandardCharsets.UTF_8);
        assertTrue(INDEX.mayMatchUtf8(code, code.length));
        assertFalse(INDEX.mayMatchUtf8(code, code.length - 4));
    }

    @Test
    void anchorsLongerThanSixtyFourCharactersAreFound() {
        final String name = "f" + "o".repeat(70);
        final AnchorIndex longNames = AnchorIndex.of(List.of(CompiledRule.of(rule("l", name + "($X)", "g($X)"))));
        final byte[] code = ("y = " + name + "(1)").getBytes(StandardCharsets.UTF_8);
        assertTrue(longNames.mayMatch("y = " + name + "(1)"));
        assertTrue(longNames.mayMatchUtf8(code, code.length));
    }

    @Test
    void anchorThatIsNotANameDisablesTheFilter() {
        final AnchorIndex operators = AnchorIndex.of(List.of(CompiledRule.of(rule("c", "$A <> $B", "$A != $B"))));
        assertTrue(operators.mayMatch("x = 1"));
        assertTrue(operators.mayMatchUtf8(new byte[] {'x'}, 1));
    }
    @Test
    void longTextIsScannedLikeShortText() {
        final String filler = "x = floats + 1  # np.floaty → π\n".repeat(200);
        assertFalse(INDEX.mayMatch(filler));
        assertTrue(INDEX.mayMatch(filler + "y = np.float(3)\n"));
        assertTrue(INDEX.mayMatch("y = d.iteritems()\n" + filler));
    }

    @Test
    void numbersAndWordsThatMerelyContainAnAnchorAreNoAnchors() {
        final byte[] code = "x = 1float + myfloat + float_ + floaty\n".getBytes(StandardCharsets.UTF_8);
        assertFalse(INDEX.mayMatchUtf8(code, code.length));
    }
    @Test
    void anchorWordsAreFoundWhereTheyStartInOrder() {
        final byte[] code = "x = np.float(1)  # float\ns = 'iteritems'\n".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(new int[] {7, 19, 30}, INDEX.anchorWordsUtf8(code, code.length));
    }
}
