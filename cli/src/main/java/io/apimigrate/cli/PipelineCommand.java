package io.apimigrate.cli;

import io.apimigrate.cli.pipeline.Answer;
import io.apimigrate.cli.pipeline.Collected;
import io.apimigrate.cli.pipeline.Outputs;
import io.apimigrate.cli.pipeline.PipelineResult;
import io.apimigrate.cli.pipeline.PipelineRun;
import io.apimigrate.cli.pipeline.SnippetInput;
import io.apimigrate.cli.pipeline.SystemOptions;
import io.apimigrate.cli.report.HtmlReport;
import io.apimigrate.cli.report.Row;
import io.apimigrate.cli.report.RunSummary;
import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.learn.LearnOptions;
import io.apimigrate.rules.learn.Learner;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.topology.TopologyConfig;
import io.apimigrate.worker.generate.Generator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code apimigrate pipeline}: runs snippets through the whole streaming system (broker, topology, inference
 * worker) on this machine and writes exactly one result per snippet, a summary and an HTML report.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Runs snippets through the streaming system: an in-process Kafka broker (or --bootstrap), the "
                + "topology and the inference worker; writes one result line per snippet in input order, prints "
                + "a summary and writes an HTML report.")
final class PipelineCommand implements Callable<Integer> {

    /** Where the rules are learned from when --rules is not given. */
    static final Path DEFAULT_EXAMPLES = Path.of("data", "examples");

    @Option(names = "--rules", paramLabel = "RULES", description = "rules.json, an ast-grep rule file or a folder "
            + "of them; default: rules learned from --examples at start-up.")
    private Path rules;

    @Option(names = "--examples", arity = "1..*", paramLabel = "PATH", defaultValue = "data/examples",
            description = "Examples to learn the rules from when --rules is not given (default: ${DEFAULT-VALUE}).")
    private List<Path> examples;

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Snippet files (.jsonl with id and old_code; new_code, if given, is the expected code).")
    private List<Path> input;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "results.jsonl: one line per snippet, in input order; written atomically.")
    private Path output;

    @Option(names = "--report", paramLabel = "FILE",
            description = "The HTML report (default: next to the output, <name>-report.html).")
    private Path report;

    @Mixin
    private SystemOptions system;

    @Mixin
    private ThresholdOptions thresholds;

    @Override
    public Integer call() {
        final Optional<String> bootstrap = user(system::bootstrap);
        final Map<String, String> workerSettings = user(() -> system.generator().workerSettings());
        final PipelineRun run = new PipelineRun(bootstrap, topologyConfig(thresholds.thresholds()), workerSettings,
                user(system::timeout), Duration.ofSeconds(120));
        final List<SnippetInput> snippets = snippets(input);
        final RuleSet ruleSet = loadRules(Optional.ofNullable(rules), examples, thresholds.thresholds());
        system.applyLogLevel();
        final long started = System.nanoTime();
        final PipelineRun.Outcome outcome;
        try (Generator generator = user(() -> PipelineRun.openGenerator(workerSettings))) {
            outcome = runWithProgress(run, snippets, ruleSet, generator);
        }
        if (outcome == null) {
            return 1;
        }
        final double wallSeconds = (System.nanoTime() - started) / 1e9;
        final List<PipelineResult> results = results(snippets, outcome.collected());
        Outputs.results(output, results);
        final RunSummary summary = RunSummary.of(results.stream().map(PipelineCommand::row).toList());
        final Path reportFile = report != null ? report : defaultReport(output);
        final Map<String, String> facts = facts(snippets.size(), ruleSet, outcome, wallSeconds, bootstrap);
        Outputs.text(reportFile, HtmlReport.render("apimigrate pipeline run " + outcome.job(), facts, summary));
        System.out.printf(Locale.ROOT, "%d snippets -> %s (report %s)%n", results.size(), output, reportFile);
        facts.forEach((k, v) -> System.out.printf("%s: %s%n", k, v));
        System.out.print(summary.text());
        outcome.collected().problems().forEach(p -> System.err.println("apimigrate: unreadable record: " + p));
        return 0;
    }

    /** Runs the snippets with a progress bar; null (after printing why) when the run failed. */
    static PipelineRun.Outcome runWithProgress(final PipelineRun run, final List<SnippetInput> snippets,
            final RuleSet ruleSet, final Generator generator) {
        try (ProgressBar progress = new ProgressBar("migrating", snippets.size())) {
            return run.run(snippets, ruleSet, generator, progress::update);
        } catch (final IllegalStateException e) {
            System.err.println("apimigrate: pipeline: " + e.getMessage());
            return null;
        } catch (final KafkaException e) {
            System.err.println("apimigrate: pipeline: Kafka failed: " + e.getMessage());
            return null;
        }
    }

    /** The topology settings of a local run: environment overrides, no Prometheus endpoint, no seed file. */
    static TopologyConfig topologyConfig(final RoutingThresholds routing) {
        final Properties props = new Properties();
        props.setProperty("direct.threshold", Double.toString(routing.direct()));
        props.setProperty("guided.threshold", Double.toString(routing.guided()));
        props.setProperty("prometheus.port", "-1");
        props.setProperty("rules.seed", "");
        try {
            return TopologyConfig.from(props, System.getenv());
        } catch (final IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /** The given rules, or rules learned from the examples; checked by compiling them. */
    static RuleSet loadRules(final Optional<Path> rulesPath, final List<Path> examplePaths,
            final RoutingThresholds routing) {
        final RuleSet loaded;
        if (rulesPath.isPresent()) {
            loaded = Inputs.rules(rulesPath.get());
        } else {
            for (final Path p : examplePaths) {
                if (!Files.exists(p)) {
                    throw new UserInputException("--rules not given and --examples " + p + " does not exist; give "
                            + "--rules rules.json, or run from the repository root where data/examples lies");
                }
            }
            final List<Example> read = Inputs.examples(examplePaths);
            try (ProgressBar progress = new ProgressBar("learning rules", read.size())) {
                loaded = new Learner(LearnOptions.DEFAULT).learn(read, progress::update).rules();
            }
        }
        try {
            MigrationEngine.of(loaded, routing);
        } catch (final IllegalArgumentException e) {
            throw new UserInputException("--rules: " + e.getMessage(), e);
        }
        return loaded;
    }

    /** The snippets of the input files, ids unique over all of them. */
    static List<SnippetInput> snippets(final List<Path> paths) {
        final List<SnippetInput> out = new ArrayList<>();
        final Map<String, Integer> seen = new HashMap<>();
        for (final Example e : Inputs.snippets(paths)) {
            if (seen.putIfAbsent(e.id(), out.size()) != null) {
                throw new UserInputException("--input: id \"" + e.id() + "\" occurs in more than one input file; "
                        + "ids must be unique over all inputs");
            }
            out.add(new SnippetInput(e.id(), e.oldCode(),
                    e.newCode().isEmpty() ? Optional.empty() : Optional.of(e.newCode()), e.library(),
                    Optional.empty()));
        }
        return out;
    }

    /** One result per snippet, in input order. */
    static List<PipelineResult> results(final List<SnippetInput> snippets, final Collected collected) {
        final List<PipelineResult> out = new ArrayList<>(snippets.size());
        for (final SnippetInput s : snippets) {
            final Answer answer = collected.answers().get(s.id());
            out.add(PipelineResult.of(s, answer));
        }
        return out;
    }

    static Row row(final PipelineResult r) {
        return new Row(r.strategy(), r.library() == null ? "" : r.library(), r.confidence(), r.latencyMs(),
                Optional.ofNullable(r.exactMatch()), Optional.ofNullable(r.similarity()));
    }

    private Map<String, String> facts(final int count, final RuleSet ruleSet, final PipelineRun.Outcome outcome,
            final double wallSeconds, final Optional<String> bootstrap) {
        final Map<String, String> facts = new LinkedHashMap<>();
        facts.put("input", input.toString() + " (" + count + " snippets)");
        facts.put("rules", (rules != null ? rules.toString() : "learned from " + examples) + " (" + ruleSet.size()
                + " rules)");
        facts.put("kafka", bootstrap.orElse("embedded broker"));
        facts.put("job", outcome.job());
        facts.put("duplicates dropped", Integer.toString(outcome.collected().duplicateCount()));
        facts.put("start-up", String.format(Locale.ROOT, "%.1f s", outcome.startup().toMillis() / 1000.0));
        final double processing = outcome.processing().toMillis() / 1000.0;
        facts.put("processing", String.format(Locale.ROOT, "%.1f s (%.0f snippets/s)", processing,
                count / Math.max(processing, 1e-3)));
        facts.put("wall time", String.format(Locale.ROOT, "%.1f s", wallSeconds));
        return facts;
    }

    private static Path defaultReport(final Path output) {
        final String name = output.getFileName().toString();
        final String stem = name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
        return output.resolveSibling(stem + "-report.html");
    }

    /** Runs {@code step}, turning an {@link IllegalArgumentException} into a user error (exit status 2). */
    static <T> T user(final Supplier<T> step) {
        try {
            return step.get();
        } catch (final IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
