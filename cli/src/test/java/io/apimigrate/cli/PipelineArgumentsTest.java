package io.apimigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments and input of {@code pipeline} are refused before anything starts: one line, exit status 2. */
class PipelineArgumentsTest {

    @TempDir
    Path dir;

    @Test
    void aMalformedInputLineNamesFileLineAndField() throws IOException {
        final Path input = dir.resolve("in.jsonl");
        Files.writeString(input, "{\"id\": \"a\", \"old_code\": \"x = 1\"}\n{\"id\": \"b\"}\n");

        final CliRun run = CliRun.of("pipeline", "--embedded", "--rules", rules(), "--input", input.toString(),
                "--output", dir.resolve("out.jsonl").toString());

        assertEquals(2, run.status());
        assertTrue(run.err().contains("in.jsonl") && run.err().contains("2") && run.err().contains("old_code"),
                run.err());
        assertTrue(Files.notExists(dir.resolve("out.jsonl")));
    }

    @Test
    void embeddedAndBootstrapExcludeEachOther() throws IOException {
        final CliRun run = CliRun.of("pipeline", "--embedded", "--bootstrap", "localhost:9092", "--rules", rules(),
                "--input", "x.jsonl", "--output", "y.jsonl");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("--embedded and --bootstrap"), run.err());
    }

    @Test
    void theDjlGeneratorNeedsAModel() throws IOException {
        final CliRun run = CliRun.of("pipeline", "--generator", "djl", "--rules", rules(), "--input", "x.jsonl",
                "--output", "y.jsonl");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("--model"), run.err());
    }

    private String rules() throws IOException {
        final Path rules = dir.resolve("rules.json");
        Files.writeString(rules, "{\"rules\": []}\n");
        return rules.toString();
    }
}
