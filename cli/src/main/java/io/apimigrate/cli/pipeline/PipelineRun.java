package io.apimigrate.cli.pipeline;

import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.topology.TopologyConfig;
import io.apimigrate.worker.WorkerConfig;
import io.apimigrate.worker.WorkerMain;
import io.apimigrate.worker.generate.Generator;
import io.apimigrate.worker.model.ModelLoadException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * One run of snippets through the streaming system: start it, feed the snippets under a fresh job id, collect
 * exactly one answer per snippet, stop it.
 *
 * @param bootstrap an existing cluster, or empty for an in-process broker
 * @param topology the topology settings
 * @param workerSettings the worker settings
 * @param idleTimeout how long to wait for the next answer before giving up
 * @param startTimeout how long the topology may take to start
 */
public record PipelineRun(Optional<String> bootstrap, TopologyConfig topology, Map<String, String> workerSettings,
        Duration idleTimeout, Duration startTimeout) {

    public PipelineRun {
        workerSettings = Map.copyOf(workerSettings);
    }

    /**
     * Runs the snippets and returns what was collected.
     *
     * @param progress told how many snippets have an answer
     * @throws IllegalStateException when the system cannot start, fails, or answers are missing after the
     *     timeout (the message names the missing ids)
     */
    public Outcome run(final List<SnippetInput> snippets, final RuleSet rules, final Generator generator,
            final IntConsumer progress) {
        final Set<String> ids = new LinkedHashSet<>();
        snippets.forEach(s -> ids.add(s.id()));
        final JobKeys keys = new JobKeys(JobKeys.newJobId());
        final long started = System.nanoTime();
        try (StreamingSystem system = StreamingSystem.start(bootstrap, topology, workerSettings, rules, generator,
                startTimeout);
             ResultCollector collector = new ResultCollector(system.bootstrapServers(),
                     system.config().topics().results(), system.deadLetterTopics(), keys, true)) {
            final long fed = System.nanoTime();
            new SnippetPublisher(system.bootstrapServers(), system.config().topics().snippets())
                    .publish(keys, snippets, n -> { });
            final Collected collected = collector.awaitIds(ids, idleTimeout, progress,
                    () -> system.failure().isPresent());
            final long done = System.nanoTime();
            if (system.failure().isPresent()) {
                throw new IllegalStateException(system.failure().get() + "; " + missing(ids, collected, null));
            }
            if (!collected.complete()) {
                throw new IllegalStateException(missing(ids, collected, idleTimeout));
            }
            return new Outcome(collected, keys.job(), Duration.ofNanos(fed - started), Duration.ofNanos(done - fed));
        }
    }

    /**
     * Opens the generator the worker settings name (loading a model takes a while); the caller closes it.
     *
     * @throws IllegalArgumentException when a setting is wrong or the model cannot be loaded
     */
    public static Generator openGenerator(final Map<String, String> workerSettings) {
        try {
            return WorkerMain.generator(WorkerConfig.fromProperties(workerSettings));
        } catch (final ModelLoadException e) {
            throw new IllegalArgumentException("--model: " + e.getMessage(), e);
        }
    }

    private static String missing(final Set<String> ids, final Collected collected, final Duration waited) {
        final List<String> absent = ids.stream().filter(id -> !collected.answers().containsKey(id)).toList();
        final int shown = Math.min(absent.size(), 20);
        return "no answer for " + absent.size() + " of " + ids.size() + " snippets"
                + (waited == null ? "" : " after waiting " + waited.toSeconds() + " s without progress")
                + "; missing ids: "
                + String.join(", ", absent.subList(0, shown)) + (absent.size() > shown ? ", ..." : "");
    }

    /**
     * What a run produced.
     *
     * @param collected the answers, duplicates and unreadable records
     * @param job the job id the snippets were sent under
     * @param startup time to start the broker, topology and worker
     * @param processing time from feeding the first snippet to the last answer
     */
    public record Outcome(Collected collected, String job, Duration startup, Duration processing) {
    }
}
