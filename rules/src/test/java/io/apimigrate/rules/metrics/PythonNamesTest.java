package io.apimigrate.rules.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PythonNamesTest {

    static Stream<JsonNode> vectors() {
        return Vectors.load("/metrics/names_vectors.jsonl").stream();
    }

    private static Set<String> sorted(final String code) {
        return new TreeSet<>(PythonNames.names(code));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void agreesWithPython312Tokenize(final JsonNode v) {
        final Set<String> expected = new TreeSet<>();
        v.get("names").forEach(n -> expected.add(n.asText()));
        assertEquals(expected, sorted(v.get("code").asText()));
    }

    @Test
    void namesInStringsAndCommentsDoNotCount() {
        assertEquals(Set.of("x"), sorted("x = 'np.float' + \"\"\"pd.DataFrame\"\"\"  # torch.Tensor"));
    }

    @Test
    void namesInFStringFieldsCount() {
        assertEquals(Set.of("msg", "np", "pi", "width"), sorted("msg = f'value {np.pi:>{width}} of np'"));
    }

    @Test
    void hardKeywordsAreNotNames() {
        assertEquals(Set.of("x", "y"), sorted("if x is None and not y: pass"));
    }

    @Test
    void softKeywordsAreNames() {
        assertEquals(Set.of("match", "x", "case", "_", "type", "Alias", "int"), sorted("""
                match x:
                    case _:
                        type Alias = int
                """));
    }

    @Test
    void partialCodeStillYieldsNames() {
        assertEquals(Set.of("x", "foo", "a", "b"), sorted("x = foo(a, b"));
    }

    @Test
    void namesComeInOrderOfFirstAppearance() {
        assertEquals(List.of("b", "a"), List.copyOf(PythonNames.names("b = a + b")));
    }
}
