package io.apimigrate.rules.engine;

import static io.apimigrate.rules.engine.Rules.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.rules.ConfidentRewrite;
import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.match.AnchorIndex;
import io.apimigrate.rules.match.CompiledRule;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.TokenKind;
import io.apimigrate.rules.python.Tokens;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Soundness of the anchor prefilter: whenever the lexer finds a name token that is an anchor, the
 * word scans over text and over UTF-8 bytes both say the code may match, short texts and long, and
 * a file rewritten from its bytes (looking only at the anchor words the byte scan found) comes out
 * as from its text (a name glued to a number, no valid Python, aside).
 */
class AnchorPrefilterPropertiesTest {

    private static final AnchorIndex INDEX = AnchorIndex.of(List.of(
            CompiledRule.of(rule("a", "np.float", "float")), CompiledRule.of(rule("b", "$X.iteritems()", "$X.items()")),
            CompiledRule.of(rule("c", "m.f($X)", "m.g($X)"))));

    private static final MigrationEngine ENGINE = MigrationEngine.of(RuleSet.of(List.of(
            rule("a", "np.float", "float"), rule("b", "$X.iteritems()", "$X.items()"), rule("c", "m.f($X)", "m.g($X)"))),
            RoutingThresholds.DEFAULT);

    private static final String[] PIECES = {
        "np", "float", "iteritems", "m", "f", "floaty", "x1", "_", "1", "2.5e", "0x", "'s'", "\"", "'''", "#", "\n",
        " ", ".", "(", ")", ",", "=", "é", "π", "→", "\\", "\t", "df", "items", "mf", "fm",
        "np.float", "d.iteritems()", "m.f(x)", "\n", " ", "\n", " ",
    };

    @Property(tries = 2000)
    void anAnchorNameTheLexerSeesIsNeverFilteredOut(@ForAll("code") final String code) {
        final Tokens tokens = PythonLexer.lex(code);
        boolean anchored = false;
        for (int i = 0; i < tokens.size() && !anchored; i++) {
            anchored = tokens.kind(i) == TokenKind.NAME && INDEX.contains(tokens.text(i)) && !glued(tokens, i);
        }
        if (!anchored) {
            return;
        }
        final byte[] utf8 = code.getBytes(StandardCharsets.UTF_8);
        assertTrue(INDEX.mayMatch(code), () -> "text scan missed an anchor in: " + code);
        assertTrue(INDEX.mayMatchUtf8(utf8, utf8.length), () -> "byte scan missed an anchor in: " + code);
    }

    @Property(tries = 1000)
    void filesAreRewrittenFromTheirBytesAsFromTheirText(@ForAll("code") final String code) {
        final Tokens tokens = PythonLexer.lex(code);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i) == TokenKind.NAME && glued(tokens, i)) {
                return;
            }
        }
        final byte[] utf8 = code.getBytes(StandardCharsets.UTF_8);
        final String fromBytes;
        try {
            fromBytes = ENGINE.rewriteConfidentUtf8(utf8).map(ConfidentRewrite::output).orElse(code);
        } catch (final CharacterCodingException e) {
            throw new AssertionError(e);
        }
        assertEquals(ENGINE.rewriteConfident(code).output(), fromBytes, () -> "rewritten differently: " + code);
    }

    /** A name glued to the number before it ({@code 1float}): no valid Python, and the scans read one number. */
    private static boolean glued(final Tokens tokens, final int i) {
        return i > 0 && tokens.kind(i - 1) == TokenKind.NUMBER && tokens.end(i - 1) == tokens.start(i);
    }

    @Provide
    Arbitrary<String> code() {
        final Arbitrary<String> piece = Arbitraries.of(PIECES);
        final Arbitrary<String> shortCode = piece.list().ofMaxSize(40).map(parts -> String.join("", parts));
        return Arbitraries.oneOf(shortCode, shortCode.map(c -> "x = 1 # pad\n".repeat(400) + c + "\n"));
    }
}
