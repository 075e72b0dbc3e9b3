package io.apimigrate.cli;

import io.apimigrate.cli.pipeline.Answer;
import io.apimigrate.cli.pipeline.Collected;
import io.apimigrate.cli.pipeline.Outputs;
import io.apimigrate.cli.pipeline.PipelineRun;
import io.apimigrate.cli.pipeline.SnippetInput;
import io.apimigrate.cli.pipeline.SystemOptions;
import io.apimigrate.cli.scan.Cut;
import io.apimigrate.cli.scan.FileRewrite;
import io.apimigrate.cli.scan.RepoFiles;
import io.apimigrate.cli.scan.ScanPlan;
import io.apimigrate.cli.scan.StatementCutter;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.worker.generate.Generator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code apimigrate scan}: migrates a repository's Python files through the streaming system and writes the
 * confident rewrites as a patch {@code git apply} accepts, listing what is left for review.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Cuts a repository's Python files (or those changed since --since) into statements, sends "
                + "those a rule may touch through the streaming system, writes the DIRECT_RULE rewrites as a "
                + "unified diff and lists the snippets left for review with file:line.")
final class ScanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REPO", description = "The repository (a folder; a git work tree for --since).")
    private Path repo;

    @Option(names = "--since", paramLabel = "REV", description = "Only files 'git diff --name-only REV' lists.")
    private String since;

    @Option(names = "--rules", paramLabel = "RULES", description = "rules.json, an ast-grep rule file or a folder "
            + "of them; default: rules learned from --examples at start-up.")
    private Path rules;

    @Option(names = "--examples", arity = "1..*", paramLabel = "PATH", defaultValue = "data/examples",
            description = "Examples to learn the rules from when --rules is not given (default: ${DEFAULT-VALUE}).")
    private List<Path> examples;

    @Option(names = "--patch", paramLabel = "FILE",
            description = "Where to write the patch (default: standard output, the review list then goes to stderr).")
    private Path patch;

    @Option(names = "--output", paramLabel = "FILE", description = "Also write every snippet's result (jsonl).")
    private Path output;

    @Mixin
    private SystemOptions system;

    @Mixin
    private ThresholdOptions thresholds;

    @Override
    public Integer call() {
        final Optional<String> bootstrap = PipelineCommand.user(system::bootstrap);
        final Map<String, String> workerSettings = PipelineCommand.user(() -> system.generator().workerSettings());
        final List<String> files = PipelineCommand.user(() -> RepoFiles.python(repo, Optional.ofNullable(since)));
        final RuleSet ruleSet = PipelineCommand.loadRules(Optional.ofNullable(rules), examples,
                thresholds.thresholds());
        final ScanPlan plan = ScanPlan.of(repo, files, new StatementCutter(ruleSet));
        plan.skipped().forEach(s -> System.err.println("apimigrate: scan: " + s));
        final List<SnippetInput> snippets = plan.snippets();
        final Map<String, Answer> answers = new LinkedHashMap<>();
        if (!snippets.isEmpty()) {
            system.applyLogLevel();
            final PipelineRun run = new PipelineRun(bootstrap, PipelineCommand.topologyConfig(thresholds.thresholds()),
                    workerSettings, PipelineCommand.user(system::timeout), Duration.ofSeconds(120));
            final PipelineRun.Outcome outcome;
            try (Generator generator = PipelineCommand.user(() -> PipelineRun.openGenerator(workerSettings))) {
                outcome = PipelineCommand.runWithProgress(run, snippets, ruleSet, generator);
            }
            if (outcome == null) {
                return 1;
            }
            answers.putAll(outcome.collected().answers());
        }
        final String diff = diff(plan, answers);
        final List<String> review = review(plan, answers);
        if (output != null) {
            Outputs.results(output, PipelineCommand.results(snippets,
                    new Collected(answers, Map.of(), List.of(), true)));
        }
        final String summary = String.format("%d files scanned, %d statements sent, %d rewritten in the patch, "
                + "%d left for review%n", files.size(), snippets.size(), countDirect(answers, plan), review.size())
                + String.join("", review);
        if (patch != null) {
            Outputs.text(patch, diff);
            System.out.print(summary);
        } else {
            System.out.print(diff);
            System.out.flush();
            System.err.print(summary);
        }
        return 0;
    }

    private static boolean rewritten(final Answer a, final Cut c) {
        return "DIRECT_RULE".equals(a.strategy())
                && c.statementOutput(a.output()).filter(statement -> !statement.equals(c.code())).isPresent();
    }

    private static long countDirect(final Map<String, Answer> answers, final ScanPlan plan) {
        return plan.cuts().values().stream().filter(c -> answers.containsKey(c.id()) && rewritten(answers.get(c.id()), c))
                .count();
    }

    private static String diff(final ScanPlan plan, final Map<String, Answer> answers) {
        final Map<String, List<FileRewrite.Replacement>> byFile = new LinkedHashMap<>();
        for (final Cut c : plan.cuts().values()) {
            final Answer a = answers.get(c.id());
            if (a != null && rewritten(a, c)) {
                byFile.computeIfAbsent(c.path(), k -> new ArrayList<>())
                        .add(new FileRewrite.Replacement(c, c.statementOutput(a.output()).orElseThrow()));
            }
        }
        final StringBuilder out = new StringBuilder();
        byFile.forEach((path, replacements) -> {
            final String before = plan.files().get(path);
            out.append(UnifiedDiff.of(path, before, FileRewrite.apply(before, replacements)));
        });
        return out.toString();
    }

    private static List<String> review(final ScanPlan plan, final Map<String, Answer> answers) {
        final List<String> out = new ArrayList<>();
        for (final Cut c : plan.cuts().values()) {
            final Answer a = answers.get(c.id());
            if (a == null || "UNCHANGED".equals(a.strategy())
                    || "DIRECT_RULE".equals(a.strategy()) && c.statementOutput(a.output()).isPresent()) {
                continue;
            }
            final String statement = c.statementOutput(a.output()).orElse(a.output());
            final String proposal = a.valid() && !statement.equals(c.code())
                    ? " proposed: " + oneLine(statement) : "";
            out.add(String.format("  %s:%d %s %s (confidence %.2f, rules %s)%s: %s%n", c.path(), c.line(),
                    a.strategy(), a.status(), a.confidence(), a.rules(), proposal, oneLine(c.code())));
        }
        return out;
    }

    private static String oneLine(final String code) {
        final String flat = code.strip().replace("\n", "\\n");
        return flat.length() > 100 ? flat.substring(0, 97) + "..." : flat;
    }
}
