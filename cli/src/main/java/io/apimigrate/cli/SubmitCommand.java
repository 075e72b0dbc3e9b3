package io.apimigrate.cli;

import io.apimigrate.cli.pipeline.JobKeys;
import io.apimigrate.cli.pipeline.SnippetInput;
import io.apimigrate.cli.pipeline.SnippetPublisher;
import io.apimigrate.cli.scan.RepoFiles;
import io.apimigrate.cli.scan.ScanPlan;
import io.apimigrate.cli.scan.StatementCutter;
import io.apimigrate.topology.TopologyConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code apimigrate submit}: sends snippets to the snippets topic of a running cluster under a job id and returns;
 * {@code collect} reads the job's results later.
 */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Sends snippets (a .jsonl file, or the statements of a repository's Python files a rule may "
                + "touch) to the code-snippets topic of a running cluster under a job id, prints the job id and "
                + "returns; 'collect' reads the results.")
final class SubmitCommand implements Callable<Integer> {

    @Option(names = "--bootstrap", required = true, paramLabel = "HOST:PORT", description = "The Kafka cluster.")
    private String bootstrap;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    @Option(names = "--job", paramLabel = "ID", description = "The job id (default: a fresh one, printed).")
    private String job;

    @Option(names = "--rules", paramLabel = "RULES", description = "With --repo: the rules whose anchors select "
            + "statements; default: learned from --examples.")
    private Path rules;

    @Option(names = "--examples", arity = "1..*", paramLabel = "PATH", defaultValue = "data/examples",
            description = "With --repo and no --rules: examples to learn the rules from (default: ${DEFAULT-VALUE}).")
    private List<Path> examples;

    @Mixin
    private ThresholdOptions thresholds;

    /** Where the snippets come from. */
    static final class Source {

        @Option(names = "--input", paramLabel = "FILE", description = "Snippets (.jsonl with id and old_code).")
        private Path input;

        @Option(names = "--repo", paramLabel = "DIR", description = "A repository whose Python files are cut into "
                + "statements (ids are path:line:column), each sent after its file's import lines that no rule "
                + "matches, as scan sends them; the results hold those lines too.")
        private Path repo;
    }

    @Override
    public Integer call() {
        final JobKeys keys = PipelineCommand.user(() -> new JobKeys(job == null ? JobKeys.newJobId() : job));
        final String servers = PipelineCommand.user(() -> checkedBootstrap(bootstrap));
        final List<SnippetInput> snippets = source.input != null ? PipelineCommand.snippets(List.of(source.input))
                : repoSnippets();
        final TopologyConfig config = PipelineCommand.topologyConfig(thresholds.thresholds());
        try (ProgressBar progress = new ProgressBar("submitting", snippets.size())) {
            new SnippetPublisher(servers, config.topics().snippets()).publish(keys, snippets, progress::update);
        } catch (final IllegalStateException | KafkaException e) {
            System.err.println("apimigrate: submit: " + e.getMessage());
            return 1;
        }
        System.err.printf("apimigrate: submitted %d snippets to %s at %s%n", snippets.size(),
                config.topics().snippets(), servers);
        System.out.println(keys.job());
        return 0;
    }

    private List<SnippetInput> repoSnippets() {
        final List<String> files = PipelineCommand.user(() -> RepoFiles.python(source.repo, Optional.empty()));
        final var ruleSet = PipelineCommand.loadRules(Optional.ofNullable(rules), examples, thresholds.thresholds());
        return ScanPlan.of(source.repo, files, new StatementCutter(ruleSet)).snippets();
    }

    /** The servers, checked to be {@code HOST:PORT[,HOST:PORT...]}. */
    static String checkedBootstrap(final String servers) {
        if (!servers.matches("[^\\s:,]+:\\d{1,5}(,[^\\s:,]+:\\d{1,5})*")) {
            throw new IllegalArgumentException("--bootstrap: expected HOST:PORT[,HOST:PORT...], got '" + servers + "'");
        }
        return servers;
    }
}
