package io.apimigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.learn.LearnOptions;
import io.apimigrate.rules.learn.Learner;
import io.apimigrate.rules.model.RulesJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pipeline --embedded} on 300 snippets through a real in-process broker, the topology and the worker
 * (generator none), compared with {@code rewrite} on the same snippets and rules.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SNIPPETS = 300;

    @TempDir
    static Path dir;

    private CliRun pipeline;
    private List<JsonNode> results;
    private Map<String, JsonNode> rewritten;
    private List<String> inputIds;

    @BeforeAll
    void runBothCommands() throws IOException {
        final Path rules = dir.resolve("rules.json");
        RulesJson.write(new Learner(LearnOptions.DEFAULT).learn(examples(), n -> { }).rules(), rules);
        final Path input = dir.resolve("snippets.jsonl");
        inputIds = writeSnippets(input);
        pipeline = CliRun.of("pipeline", "--embedded", "--rules", rules.toString(), "--input", input.toString(),
                "--output", dir.resolve("results.jsonl").toString());
        results = lines(dir.resolve("results.jsonl"));
        assertEquals(0, CliRun.of("rewrite", "--rules", rules.toString(), "--input", input.toString(), "--output",
                dir.resolve("rewrite.jsonl").toString()).status());
        rewritten = new LinkedHashMap<>();
        lines(dir.resolve("rewrite.jsonl")).forEach(n -> rewritten.put(n.get("id").asText(), n));
    }

    @Test
    void everySnippetHasExactlyOneResultInInputOrder() {
        assertEquals(0, pipeline.status(), pipeline.err());
        assertEquals(inputIds, results.stream().map(n -> n.get("id").asText()).toList());
    }

    @Test
    void directRuleOutputsEqualRewrite() {
        final List<JsonNode> direct = results.stream()
                .filter(n -> n.get("strategy").asText().equals("DIRECT_RULE")).toList();
        assertFalse(direct.isEmpty(), "some snippets must be answered by the rules");
        for (final JsonNode n : direct) {
            final JsonNode expected = rewritten.get(n.get("id").asText());
            assertEquals(expected.get("strategy").asText(), "DIRECT_RULE", n.get("id").asText());
            assertEquals(expected.get("output").asText(), n.get("output").asText(), n.get("id").asText());
        }
    }

    @Test
    void strategiesAgreeWithRewrite() {
        for (final JsonNode n : results) {
            assertEquals(rewritten.get(n.get("id").asText()).get("strategy").asText(), n.get("strategy").asText(),
                    n.get("id").asText());
        }
    }

    @Test
    void unresolvedSnippetsComeBackMarkedWithTheirInput() {
        final List<JsonNode> guided = results.stream().filter(n -> n.get("strategy").asText().endsWith("_ONLY")
                || n.get("strategy").asText().equals("RULE_GUIDED")).toList();
        assertFalse(guided.isEmpty(), "some snippets must go to the worker");
        for (final JsonNode n : guided) {
            assertEquals("UNRESOLVED", n.get("status").asText(), n.toString());
            assertEquals("none", n.get("generator").asText(), n.toString());
            assertFalse(n.get("valid").asBoolean(), n.toString());
        }
    }

    @Test
    void expectedCodeIsScored() {
        final JsonNode first = results.get(0);
        assertTrue(first.get("exact_match").asBoolean(), first.toString());
        assertEquals(1.0, first.get("similarity").asDouble());
    }

    @Test
    void theReportIsWrittenNextToTheOutputAndNeedsNothingOnline() throws IOException {
        final String html = Files.readString(dir.resolve("results-report.html"));
        assertTrue(html.contains("<svg"), "inline charts");
        assertTrue(html.contains("Calibration"), "calibration plot with expected code given");
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains(" src="), "no external resources");
    }

    private static List<Example> examples() {
        final List<Example> out = new ArrayList<>();
        final String[][] pairs = {
            {"import numpy as np\nx = np.float(a)\n", "import numpy as np\nx = float(a)\n"},
            {"import numpy as np\ny = np.float(b) + 1\n", "import numpy as np\ny = float(b) + 1\n"},
            {"import numpy as np\nn = np.int(c)\n", "import numpy as np\nn = int(c)\n"},
            {"import numpy as np\nm = np.int(d) * 2\n", "import numpy as np\nm = int(d) * 2\n"},
            {"for k, v in frame.iteritems():\n    pass\n", "for k, v in frame.items():\n    pass\n"},
            {"for a, b in s.iteritems():\n    print(a)\n", "for a, b in s.items():\n    print(a)\n"},
            {"rows = d.iteritems()\n", "rows = d.iteritems()\n"},
            {"x = float(a)\n", "x = float(a)\n"},
        };
        for (int i = 0; i < pairs.length; i++) {
            out.add(new Example("ex-" + i, pairs[i][0], pairs[i][1], "numpy", "", "", "", "", "", ""));
        }
        return out;
    }

    private static List<String> writeSnippets(final Path file) throws IOException {
        final List<String> ids = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < SNIPPETS; i++) {
            final String id = "s-" + i;
            final Map<String, String> line = new LinkedHashMap<>();
            line.put("id", id);
            switch (i % 4) {
                case 0 -> {
                    line.put("old_code", "import numpy as np\nv" + i + " = np.float(w" + i + ")\n");
                    line.put("new_code", "import numpy as np\nv" + i + " = float(w" + i + ")\n");
                }
                case 1 -> line.put("old_code", "for key, val in table" + i + ".iteritems():\n    use(val)\n");
                case 2 -> line.put("old_code", "total_" + i + " = sum(values) / len(values)\n");
                default -> line.put("old_code", "count = np.int(n" + i + ")\n");
            }
            text.append(JSON.writeValueAsString(line)).append('\n');
            ids.add(id);
        }
        Files.writeString(file, text);
        return ids;
    }

    private static List<JsonNode> lines(final Path file) throws IOException {
        final List<JsonNode> out = new ArrayList<>();
        for (final String line : Files.readAllLines(file)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }
}
