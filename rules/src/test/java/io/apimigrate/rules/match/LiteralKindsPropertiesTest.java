package io.apimigrate.rules.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.apimigrate.rules.model.MetavariableKind;
import io.apimigrate.rules.python.PythonLexer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link LiteralKinds#is}, the matcher's allocation-free check, says what {@link LiteralKinds#kindOf} says. */
class LiteralKindsPropertiesTest {

    private static final String[] PIECES = {
        "x", "None", "True", "lambda", "match", "_", "é", "1", "0x1F", "1_000", "2.5", "1e3", "3j", "'s'", "\"t\"",
        "b'u'", "f'{x}'", "f'{y!r:>{w}}'", "rb'\\d'", "'''q'''", "(", ")", "[", "]", ",", ".", "+", "-", " ", "\n", "#c",
    };

    @Property(tries = 1000)
    void isAgreesWithKindOfOnEverySpan(@ForAll("code") final String code) {
        final CodeView view = new CodeView(PythonLexer.lex(code));
        for (int from = 0; from <= view.size(); from++) {
            for (int to = from; to <= view.size(); to++) {
                for (final MetavariableKind kind : MetavariableKind.values()) {
                    final int a = from;
                    final int b = to;
                    assertEquals(LiteralKinds.kindOf(view, a, b).filter(k -> k == kind).isPresent(),
                            LiteralKinds.is(view, a, b, kind), () -> kind + " over tokens " + a + ".." + b + " of: " + code);
                }
            }
        }
    }

    @Provide
    Arbitrary<String> code() {
        return Arbitraries.of(PIECES).list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }
}
