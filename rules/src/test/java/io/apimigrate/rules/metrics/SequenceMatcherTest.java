package io.apimigrate.rules.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.apimigrate.rules.metrics.SequenceMatcher.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SequenceMatcherTest {

    static Stream<JsonNode> vectors() {
        return Vectors.load("/metrics/difflib_vectors.jsonl").stream();
    }

    private static Match match(final JsonNode triple) {
        return new Match(triple.get(0).asInt(), triple.get(1).asInt(), triple.get(2).asInt());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void ratioAgreesWithCpython(final JsonNode v) {
        assertEquals(v.get("ratio").asDouble(), SequenceMatcher.ratio(v.get("a").asText(), v.get("b").asText()), 1e-9);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void matchingBlocksAgreeWithCpython(final JsonNode v) {
        final List<Match> expected = new ArrayList<>();
        v.get("blocks").forEach(t -> expected.add(match(t)));
        assertEquals(expected, SequenceMatcher.matchingBlocks(v.get("a").asText(), v.get("b").asText()));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void longestMatchAgreesWithCpython(final JsonNode v) {
        assertEquals(match(v.get("longest")), SequenceMatcher.longestMatch(v.get("a").asText(), v.get("b").asText()));
    }

    @Test
    void bothEmptyIsAPerfectMatch() {
        assertEquals(1.0, SequenceMatcher.ratio("", ""));
    }

    @Test
    void ratioOfTheDifflibDocumentationExample() {
        assertEquals(0.75, SequenceMatcher.ratio("abcd", "bcde"));
    }

    @Test
    void longestMatchPrefersTheEarliestBlockInA() {
        assertEquals(new Match(0, 4, 5), SequenceMatcher.longestMatch(" abcd", "abcd abcd"));
    }

    @Test
    void matchingBlocksEndWithTheSentinel() {
        assertEquals(List.of(new Match(0, 0, 2), new Match(3, 2, 2), new Match(5, 4, 0)),
                SequenceMatcher.matchingBlocks("abxcd", "abcd"));
    }

    @Test
    void astralCharactersCountAsOneElement() {
        assertEquals(2.0 * 2 / 6, SequenceMatcher.ratio("a\uD83D\uDE00b", "a\uD83D\uDC0Db"));
    }

    @Test
    void popularElementsOfALongSecondStringAreNotIndexed() {
        final String b = "x".repeat(199) + "y" + "x".repeat(50);
        assertEquals(new Match(0, 0, 199), SequenceMatcher.longestMatch("x".repeat(250), b));
    }
}
