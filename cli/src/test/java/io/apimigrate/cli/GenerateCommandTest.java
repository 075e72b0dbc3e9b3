package io.apimigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Runs {@code generate} on the inference worker's tiny test checkpoint and its transformers reference. */
class GenerateCommandTest {

    private static final Path TINY = Path.of("../inference-worker/src/test/resources/tiny-qwen2/f32-untied");

    static {
        System.getProperties().putIfAbsent("ai.djl.pytorch.num_threads", "1");
    }

    @Test
    void jsonHoldsTheGreedyTokenIdsAndTextOfTheNewTokensOnly() throws IOException {
        final JsonNode reference = new ObjectMapper().readTree(TINY.resolve("reference.json").toFile()).get("cases").get(0);
        final Run run = run("generate", "--model", TINY.toString(), "--prompt", reference.get("prompt").asText(),
                "--max-new-tokens", "16", "--device", "cpu", "--json");
        assertEquals(0, run.status(), run.err());
        final JsonNode out = new ObjectMapper().readTree(run.out());
        final List<Integer> ids = new ArrayList<>();
        out.get("token_ids").forEach(id -> ids.add(id.asInt()));
        final List<Integer> expected = new ArrayList<>();
        reference.get("greedy_ids").forEach(id -> expected.add(id.asInt()));
        assertEquals(expected, ids);
        assertEquals(reference.get("greedy_text").asText(), out.get("text").asText());
    }

    @Test
    void aMissingCheckpointFileIsOneLineAndStatusTwo() {
        final Run run = run("generate", "--model", TINY.getParent().toString(), "--prompt", "x", "--device", "cpu");
        assertEquals(2, run.status());
        assertTrue(run.err().strip().matches("apimigrate: --model: .*config.json not found"), run.err());
    }

    @Test
    void anEmptyPromptIsRefused() {
        final Run run = run("generate", "--model", TINY.toString(), "--prompt", "", "--device", "cpu");
        assertEquals(2, run.status());
        assertEquals("apimigrate: --prompt: is empty; there is nothing to continue", run.err().strip());
    }

    private static Run run(final String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CommandLine cli = ApiMigrate.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        final int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private record Run(int status, String out, String err) {
    }
}
