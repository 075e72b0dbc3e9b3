package io.apimigrate.rules.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NormalizationTest {

    static Stream<JsonNode> vectors() {
        return Vectors.load("/metrics/normalize_vectors.jsonl").stream();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void agreesWithPython(final JsonNode v) {
        assertEquals(v.get("normalized").asText(), Normalization.normalize(v.get("s").asText()));
    }

    @Test
    void dropsBlankLinesAndTrailingWhitespace() {
        final String code = "\ndef f(x):   \n   \t\n    return x\t\n\n";
        assertEquals("def f(x):\n    return x", Normalization.normalize(code));
    }

    @Test
    void stripsTheFirstLinesIndentation() {
        assertEquals("if x:\n        y()", Normalization.normalize("    if x:\n        y()"));
    }

    @Test
    void windowsLineEndingsBecomeNewlines() {
        assertEquals("a = 1\nb = 2", Normalization.normalize("a = 1\r\nb = 2\r\n"));
    }

    @Test
    void formFeedEndsALineAsInSplitlines() {
        assertEquals("a\nb", Normalization.normalize("a\fb"));
    }

    @Test
    void noBreakSpaceIsWhitespaceAsInPython() {
        assertEquals("x", Normalization.normalize("x\u00a0\u3000"));
    }

    @Test
    void zeroWidthSpaceIsNotWhitespace() {
        assertEquals("x\u200b", Normalization.normalize("x\u200b"));
    }

    @Test
    void whitespaceOnlyBecomesEmpty() {
        assertEquals("", Normalization.normalize(" \t\n\r\n  "));
    }
}
