package io.apimigrate.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.worker.prompt.PromptStrategy;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerConfigTest {

    @Test
    void defaultsAnswerWithNoGeneratorOnTheContractTopics() {
        final WorkerConfig config = WorkerConfig.fromProperties(Map.of());

        assertEquals(WorkerConfig.GeneratorKind.NONE, config.generator());
        assertEquals("guided-generation", config.kafka().requestsTopic());
        assertEquals("migration-results", config.kafka().resultsTopic());
        assertEquals("guided-generation-dlq", config.kafka().dlqTopic());
        assertEquals(PromptStrategy.WITH_RULES, config.strategies().ruleGuided());
        assertEquals(PromptStrategy.WITH_CONTEXT, config.strategies().llmOnly());
        assertTrue(config.kafka().transactionalId().startsWith("apimigrate-inference-worker-"));
        assertEquals(Optional.empty(), config.http());
    }

    @Test
    void aFileOverridesTheDefaultsAndTheEnvironmentOverridesTheFile(@TempDir final Path dir) throws IOException {
        final Path file = dir.resolve("worker.properties");
        Files.writeString(file, """
                batch.size=4
                batch.max.wait.ms=50
                generator=http
                http.endpoint=http://vllm:8000
                http.model=Qwen/Qwen2.5-Coder-1.5B-Instruct
                kafka.security.protocol=SSL
                """);

        final WorkerConfig config = WorkerConfig.load(Optional.of(file),
                Map.of("APIMIGRATE_WORKER_BATCH_SIZE", "16", "APIMIGRATE_WORKER_PROMPT_RULE_GUIDED", "chain_of_thought",
                        "PATH", "/usr/bin"));

        assertEquals(16, config.batchSize());
        assertEquals(Duration.ofMillis(50), config.batchMaxWait());
        assertEquals(PromptStrategy.CHAIN_OF_THOUGHT, config.strategies().ruleGuided());
        assertEquals(URI.create("http://vllm:8000/v1/completions"), config.http().orElseThrow().completionsUri());
        assertEquals(Map.of("security.protocol", "SSL"), config.kafka().clientProperties());
    }

    @Test
    void aBadValueNamesTheKeyItsSourceAndWhatIsExpected() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkerConfig.load(Optional.empty(), Map.of("APIMIGRATE_WORKER_BATCH_SIZE", "many")));

        assertEquals("worker setting 'batch.size' (from environment variable APIMIGRATE_WORKER_BATCH_SIZE) must be"
                + " an integer >= 1 (For input string: \"many\"), got 'many'", e.getMessage());
    }

    @Test
    void anUnknownKeyIsAnError() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkerConfig.fromProperties(Map.of("batch.sise", "4")));

        assertTrue(e.getMessage().startsWith("unknown worker setting 'batch.sise' (from overrides); known settings:"),
                e.getMessage());
    }

    @Test
    void kubernetesServiceLinksForAnApimigrateWorkerServiceAreIgnored() {
        final WorkerConfig config = WorkerConfig.load(Optional.empty(), Map.of(
                "APIMIGRATE_WORKER_SERVICE_HOST", "10.0.0.7", "APIMIGRATE_WORKER_SERVICE_PORT", "9404",
                "APIMIGRATE_WORKER_PORT", "tcp://10.0.0.7:9404", "APIMIGRATE_WORKER_PORT_9404_TCP_ADDR", "10.0.0.7",
                "APIMIGRATE_WORKER_METRICS_PORT", "9500"));

        assertEquals(9500, config.metricsPort());
    }

    @Test
    void anUnknownEnvironmentVariableWithThePrefixIsAnError() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkerConfig.load(Optional.empty(), Map.of("APIMIGRATE_WORKER_BATCHSIZE", "4")));

        assertTrue(e.getMessage().startsWith("unknown worker setting in environment variable APIMIGRATE_WORKER_BATCHSIZE"),
                e.getMessage());
    }

    @Test
    void theHttpGeneratorNeedsAModelName() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkerConfig.fromProperties(Map.of("generator", "http")));

        assertEquals("worker setting 'http.model' (from defaults) must be the name of the model the endpoint serves"
                + " (required with generator=http), got ''", e.getMessage());
    }

    @Test
    void theDjlGeneratorNeedsAModelFolder() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkerConfig.fromProperties(Map.of("generator", "djl")));

        assertEquals("worker setting 'model.dir' is required with generator=djl", e.getMessage());
    }

    @Test
    void anUnknownGeneratorListsTheKnownOnes() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkerConfig.fromProperties(Map.of("generator", "gpt")));

        assertTrue(e.getMessage().startsWith("worker setting 'generator' (from overrides) must be none, djl or http"),
                e.getMessage());
    }

    @Test
    void aMissingFileIsNamed(@TempDir final Path dir) {
        final Path missing = dir.resolve("nope.properties");

        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkerConfig.load(Optional.of(missing), Map.of()));

        assertTrue(e.getMessage().startsWith("cannot read worker settings " + missing), e.getMessage());
    }
}
