package io.apimigrate.rules.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** The plain reader either declines or reads a document exactly as the YAML parser does. */
class PlainYamlTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void readsTheUsualRuleFile() {
        agrees("id: np-float\nlanguage: python\nrule:\n  pattern: np.float($X)\nfix: float($X)\n");
    }

    @Test
    void readsQuotedValuesCommentsAndConstraints() {
        agrees("# a rule\nid: 'kw-10'  # its id\nlanguage: \"python\"\nrule:\n  pattern: 'f(a, b=''x'')'\n"
                + "fix: \"g(a, c=\\\"x\\\")\"\nconstraints:\n  X:\n    kind: string\nmessage: see https://x.org/a#b\n");
    }

    @Test
    void readsBlockScalars() {
        agrees("id: multi\nlanguage: python\nrule:\n  pattern: |\n    if $A:\n        $B\nfix: |-\n    if not $A:\n"
                + "\n        $B\n");
    }

    @Test
    void declinesSequencesNumbersAndSeveralDocuments() {
        declines("id: a\nrule:\n  any:\n    - pattern: x\n");
        declines("id: 12\nfix: x\n");
        declines("id: yes\n");
        declines("id: a\n---\nid: b\n");
        declines("id: &anchor a\n");
        declines("id: {a: b}\n");
    }

    @Property(tries = 2000)
    void neverDisagreesWithTheYamlParser(@ForAll("documents") final String text) {
        final Optional<JsonNode> plain = PlainYaml.read(text);
        Statistics.collect(plain.isPresent() ? "read" : "declined");
        plain.ifPresent(node -> assertEquals(parsed(text), List.of(node), text));
    }

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.lazyOf(() -> mapping(0)).map(text -> text);
    }

    /** A block mapping at {@code depth}: unique keys, each with a scalar, a block scalar or a nested mapping. */
    private static Arbitrary<String> mapping(final int depth) {
        final Arbitrary<String> scalar = Arbitraries.of(
                "x", "np.float($X)", "'q''s'", "\"d\\\"q\\n\"", "1", "-1", ".5", "true", "Null", "~", "a: b", "a:b",
                "a #c", "a#c", "'a' #c", "'a' b", "[x]", "{x: 1}", "&a x", "*a", "!t x", "\"\\u0041\"", "f(x, y=1)", "x,y",
                "@d", "`x`", "'open", "?", "-", "- x", "%x", "é", "$$$A", "https://x.org/a#b", "a  ", "'a'   ", "\"\"", "''",
                "yes", "No", "0x1F", "1e3", "f'{a}'", "x # y # z");
        final Arbitrary<String> blockBody = Arbitraries.of("text", "  deeper", "", "# hash", "a: b", "- x", "'q'")
                .list().ofMinSize(1).ofMaxSize(4)
                .map(lines -> String.join("\n", lines.stream().map(l -> l.isEmpty() ? "" : "  ".repeat(depth + 1) + l).toList()));
        final Arbitrary<String> value = depth >= 2
                ? Arbitraries.oneOf(scalar.map(v -> " " + v), Arbitraries.of("|", "|-", "|+", ">")
                        .flatMap(h -> blockBody.map(b -> " " + h + "\n" + b)))
                : Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, scalar.map(v -> " " + v)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of("|", "|-", "|+", ">").flatMap(h -> blockBody.map(b -> " " + h + "\n" + b))),
                        net.jqwik.api.Tuple.of(1, Arbitraries.lazyOf(() -> mapping(depth + 1)).map(m -> "\n" + m.stripTrailing())));
        final Arbitrary<String> comment = Arbitraries.of("", "", "", "  # note", "\n# own line", "\n");
        return net.jqwik.api.Combinators.combine(value, comment).as((v, c) -> v + c).list().ofMinSize(1).ofMaxSize(4)
                .map(entries -> {
                    final StringBuilder out = new StringBuilder();
                    for (int i = 0; i < entries.size(); i++) {
                        out.append("  ".repeat(depth)).append(i == 0 ? "id" : "k" + i).append(':')
                                .append(entries.get(i)).append('\n');
                    }
                    return out.toString();
                });
    }

    private static void agrees(final String text) {
        final Optional<JsonNode> plain = PlainYaml.read(text);
        assertTrue(plain.isPresent(), "declined:\n" + text);
        assertEquals(parsed(text), List.of(plain.get()));
    }

    private static void declines(final String text) {
        assertTrue(PlainYaml.read(text).isEmpty(), "read:\n" + text);
    }

    /** The YAML parser's documents, or a list holding one marker when it rejects the text. */
    private static List<JsonNode> parsed(final String text) {
        final List<JsonNode> out = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(text)) {
            while (documents.hasNextValue()) {
                out.add(documents.nextValue());
            }
        } catch (final java.io.IOException | RuntimeException e) {
            return List.of(YAML.getNodeFactory().textNode("rejected: " + e.getMessage()));
        }
        return out;
    }
}
