package io.apimigrate.rules.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Compares the lexer with CPython's tokenize on the samples of {@code python/make_golden.py}. */
class GoldenTokensTest {

    private static final String RESOURCE = "/python/tokens.golden.jsonl";

    static Stream<Arguments> samples() {
        final ObjectMapper mapper = new ObjectMapper();
        final List<Arguments> samples = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(GoldenTokensTest.class.getResourceAsStream(RESOURCE), RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                final JsonNode sample = mapper.readTree(line);
                final List<String> expected = new ArrayList<>();
                sample.get("tokens").forEach(t -> expected.add(
                        row(t.get(0).asText(), t.get(1).asText(), t.get(2).asInt(), t.get(3).asInt())));
                samples.add(Arguments.of(sample.get("name").asText(), sample.get("source").asText(), expected));
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return samples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void matchesCPython(final String name, final String source, final List<String> expected) {
        final Tokens tokens = PythonLexer.lex(source);
        final List<String> actual = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            actual.add(row(tokens.kind(i).name(), tokens.text(i), tokens.start(i), tokens.end(i)));
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual), name);
    }

    private static String row(final String kind, final String text, final int start, final int end) {
        return kind + " " + TokenDump.quote(text) + " " + start + ".." + end;
    }
}
