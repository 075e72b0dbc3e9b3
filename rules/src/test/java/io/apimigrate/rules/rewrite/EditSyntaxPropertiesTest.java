package io.apimigrate.rules.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.TokenKind;
import io.apimigrate.rules.python.Tokens;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Soundness of {@link EditSyntax}: whenever it says an edit of whole code tokens keeps the token
 * structure, lexing the output agrees: clean input gives clean output, and the tokens before and
 * after the edit are the same tokens, shifted.
 */
class EditSyntaxPropertiesTest {

    private static final String[] PIECES = {
        "a", "b1", "_x", "1", "2.5", "1e", "0x1F", "'s'", "\"t\"", "''", "f'{a}'", "rb'x'", "(", ")", "[", "]", "{", "}",
        ",", ".", "=", "==", "+", "-", "*", "**", ":", ":=", "->", "@", "!=", "<", ">>", " ", "  ", "#c", "\\", "\n",
        "$", "?", "é", "np", "float", "f", "r", "u", "'''", "\"\"\"",
    };

    @Property(tries = 3000)
    void whatItAcceptsLexesTheWayItSays(@ForAll("code") final String code, @ForAll("code") final String replacement,
            @ForAll("fractions") final double from, @ForAll("fractions") final double to) {
        final Tokens input = PythonLexer.lex(code);
        final List<Integer> starts = new ArrayList<>();
        final List<Integer> ends = new ArrayList<>();
        codeTokens(input, starts, ends);
        if (starts.isEmpty()) {
            return;
        }
        final int start = starts.get((int) (from * starts.size()));
        final int end = Math.max(start, ends.get((int) (to * ends.size())));
        final String output = code.substring(0, start) + replacement + code.substring(end);
        if (!EditSyntax.keepsStructure(code.substring(start, end), output, start, start + replacement.length())) {
            return;
        }
        final Tokens after = PythonLexer.lex(output);
        if (input.clean()) {
            assertTrue(after.clean(), () -> "clean input, unclean output: " + output);
        }
        final int shift = replacement.length() - (end - start);
        assertEquals(spans(input, 0, start, 0), spans(after, 0, start, 0), () -> "tokens before the edit: " + output);
        assertEquals(spans(input, end, code.length(), shift),
                spans(after, start + replacement.length(), output.length(), 0), () -> "tokens after the edit: " + output);
    }

    /**
     * Where an edit of whole code tokens can start and end, as the engine makes them: at tokens
     * outside any f-string, not at errors, comments or layout.
     */
    private static void codeTokens(final Tokens tokens, final List<Integer> starts, final List<Integer> ends) {
        int nesting = 0;
        for (int i = 0; i < tokens.size(); i++) {
            final TokenKind kind = tokens.kind(i);
            if (kind == TokenKind.FSTRING_START) {
                if (nesting++ == 0) {
                    starts.add(tokens.start(i));
                }
            } else if (kind == TokenKind.FSTRING_END) {
                if (--nesting == 0) {
                    ends.add(tokens.end(i));
                }
            } else if (nesting == 0 && (kind == TokenKind.NAME || kind == TokenKind.NUMBER || kind == TokenKind.STRING
                    || kind == TokenKind.OP)) {
                starts.add(tokens.start(i));
                ends.add(tokens.end(i));
            }
        }
        if (ends.isEmpty()) {
            starts.clear();
        }
    }

    /** The non-empty tokens lying within [from, to), as "start:kind", starts shifted. */
    private static List<String> spans(final Tokens tokens, final int from, final int to, final int shift) {
        final List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.start(i) >= from && tokens.end(i) <= to && tokens.end(i) > tokens.start(i)) {
                out.add((tokens.start(i) + shift) + ":" + tokens.kind(i));
            }
        }
        return out;
    }

    @Provide
    Arbitrary<String> code() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(8).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 0.999).ofScale(3);
    }
}
