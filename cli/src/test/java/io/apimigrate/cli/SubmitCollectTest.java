package io.apimigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.cli.pipeline.StreamingSystem;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.topology.kafka.EmbeddedKafkaBroker;
import io.apimigrate.worker.generate.NoneGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code submit} then {@code collect} against the in-process broker with the topology and worker running. */
class SubmitCollectTest {

    @TempDir
    Path dir;

    @Test
    void collectReadsExactlyTheSubmittedJob() throws Exception {
        final Path input = dir.resolve("in.jsonl");
        Files.writeString(input, """
                {"id": "one", "old_code": "x = 1\\n"}
                {"id": "two", "old_code": "print(x)\\n"}
                {"id": "three", "old_code": "   "}
                """);
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker().start();
             NoneGenerator generator = new NoneGenerator();
             StreamingSystem ignored = StreamingSystem.start(Optional.of(broker.bootstrapServers()),
                     PipelineCommand.topologyConfig(RoutingThresholds.DEFAULT), Map.of(), RuleSet.empty(),
                     generator, Duration.ofSeconds(120))) {
            assertEquals(0, CliRun.of("submit", "--bootstrap", broker.bootstrapServers(), "--input", input.toString(),
                    "--job", "other").status());
            final CliRun submit = CliRun.of("submit", "--bootstrap", broker.bootstrapServers(), "--input",
                    input.toString(), "--job", "job-1");
            assertEquals(0, submit.status(), submit.err());

            final Path out = dir.resolve("out.jsonl");
            final CliRun collect = CliRun.of("collect", "--bootstrap", broker.bootstrapServers(), "--job", "job-1",
                    "--output", out.toString(), "--expect", "3", "--timeout", "60");

            assertEquals(0, collect.status(), collect.err());
            final List<String> lines = Files.readAllLines(out);
            assertEquals(3, lines.size(), String.join("\n", lines));
            assertTrue(lines.stream().anyMatch(l -> l.contains("\"id\":\"three\"") && l.contains("REJECTED")), lines
                    .toString());
        }
    }

    @Test
    void aJobThatNeverCompletesFailsWithoutWritingTheOutput() throws Exception {
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker().start()) {
            broker.createTopics("migration-results");
            final Path out = dir.resolve("never.jsonl");
            final CliRun collect = CliRun.of("collect", "--bootstrap", broker.bootstrapServers(), "--job", "nope",
                    "--output", out.toString(), "--expect", "1", "--timeout", "1");
            assertEquals(1, collect.status());
            assertTrue(Files.notExists(out));
        }
    }
}
