package io.apimigrate.cli;

import io.apimigrate.cli.pipeline.Collected;
import io.apimigrate.cli.pipeline.JobKeys;
import io.apimigrate.cli.pipeline.Outputs;
import io.apimigrate.cli.pipeline.PipelineResult;
import io.apimigrate.cli.pipeline.ResultCollector;
import io.apimigrate.topology.TopologyConfig;
import io.apimigrate.worker.WorkerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code apimigrate collect}: reads one submitted job's results from a running cluster. */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = "Reads the results of a job sent with 'submit' from migration-results (and the dead-letter "
                + "topics) of a running cluster and writes them, one line per snippet id.")
final class CollectCommand implements Callable<Integer> {

    @Option(names = "--bootstrap", required = true, paramLabel = "HOST:PORT", description = "The Kafka cluster.")
    private String bootstrap;

    @Option(names = "--job", required = true, paramLabel = "ID", description = "The job id 'submit' printed.")
    private String job;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "results.jsonl, written atomically.")
    private Path output;

    @Option(names = "--expect", paramLabel = "N", description = "Wait until N snippets have results (default: "
            + "take what the topics hold now).")
    private Integer expect;

    @Option(names = "--timeout", defaultValue = "120", paramLabel = "S",
            description = "Give up when no new result arrived for this many seconds (default: ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    @Mixin
    private ThresholdOptions thresholds;

    @Override
    public Integer call() {
        final JobKeys keys = PipelineCommand.user(() -> new JobKeys(job));
        final String servers = PipelineCommand.user(() -> SubmitCommand.checkedBootstrap(bootstrap));
        if (timeoutSeconds < 1 || expect != null && expect < 1) {
            throw new UserInputException("--timeout and --expect must be at least 1");
        }
        final TopologyConfig config = PipelineCommand.topologyConfig(thresholds.thresholds());
        final Duration timeout = Duration.ofSeconds(timeoutSeconds);
        final Collected collected;
        try (ResultCollector collector = new ResultCollector(servers, config.topics().results(),
                List.of(config.topics().deadLetters(),
                        WorkerConfig.fromProperties(Map.of()).kafka().dlqTopic()), keys, false);
             ProgressBar progress = new ProgressBar("collecting", expect == null ? 1 : expect)) {
            collected = expect == null ? collector.drain(timeout)
                    : collector.awaitCount(expect, timeout, progress::update);
        } catch (final IllegalStateException | KafkaException e) {
            System.err.println("apimigrate: collect: " + e.getMessage());
            return 1;
        }
        if (!collected.complete()) {
            System.err.printf("apimigrate: collect: job %s has %d results, %s; nothing written%n", job,
                    collected.answers().size(), expect == null ? "the topics could not be read to their end within "
                            + timeoutSeconds + " s" : "expected " + expect + " (no new result for " + timeoutSeconds
                            + " s)");
            return 1;
        }
        final List<PipelineResult> results = new ArrayList<>();
        collected.answers().forEach((id, answer) -> results.add(PipelineResult.of(id, answer)));
        Outputs.results(output, results);
        collected.problems().forEach(p -> System.err.println("apimigrate: collect: unreadable record: " + p));
        System.err.printf("apimigrate: job %s: %d results -> %s (%d duplicates dropped)%n", job, results.size(),
                output, collected.duplicateCount());
        return 0;
    }
}
