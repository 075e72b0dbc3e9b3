package io.apimigrate.cli;

import io.apimigrate.rules.Decision;
import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.learn.LearnOptions;
import io.apimigrate.rules.learn.LearnResult;
import io.apimigrate.rules.learn.Learner;
import io.apimigrate.rules.metrics.CaseOutcome;
import io.apimigrate.rules.metrics.EvalMetrics;
import io.apimigrate.rules.metrics.MetricsReport;
import io.apimigrate.rules.model.RulesJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code apimigrate eval}: learn on train, migrate test through the router, score (contracts.md 2 and 4). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Learns rules from the train examples, migrates every test case through the router and "
                + "writes a metrics report.")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--train", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Example files or folders to learn from.")
    private List<Path> train;

    @Option(names = "--test", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Example files or folders to evaluate on (new_code is the expected output).")
    private List<Path> test;

    @Option(names = "--report", required = true, paramLabel = "FILE", description = "Where to write report.json.")
    private Path report;

    @Option(names = "--generator", defaultValue = "none", paramLabel = "KIND",
            description = "Generator for RULE_GUIDED and LLM_ONLY cases; 'none' keeps their input (default).")
    private String generator;

    @Option(names = "--rules-out", paramLabel = "FILE", description = "Also write the learned rules here.")
    private Path rulesOut;

    @Mixin
    private ThresholdOptions thresholds;

    @Override
    public Integer call() {
        if (!"none".equals(generator)) {
            throw new UserInputException("--generator: '" + generator + "' is not available in eval; use none "
                    + "(run guided generation through 'pipeline')");
        }
        final List<Example> trainExamples = Inputs.examples(train);
        final List<Example> testExamples = Inputs.examples(test);
        final LearnResult learned;
        try (ProgressBar progress = new ProgressBar("learning", trainExamples.size())) {
            learned = new Learner(LearnOptions.DEFAULT).learn(trainExamples, progress::update);
        }
        final MigrationEngine engine = MigrationEngine.of(learned.rules(), thresholds.thresholds());
        final List<CaseOutcome> outcomes = new ArrayList<>(testExamples.size());
        try (ProgressBar progress = new ProgressBar("evaluating", testExamples.size())) {
            for (final Example example : testExamples) {
                final Decision decision = engine.migrate(example.oldCode());
                outcomes.add(new CaseOutcome(example.id(), decision.strategy(), decision.confidence(),
                        example.oldCode(), example.newCode(), decision.output(), decision.appliedRuleIds()));
                progress.step();
            }
        }
        final MetricsReport metrics = EvalMetrics.report(outcomes);
        try {
            metrics.write(report);
            if (rulesOut != null) {
                RulesJson.write(learned.rules(), rulesOut);
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot write " + report + ": " + e.getMessage(), e);
        }
        System.out.println(Summary.of(learned, metrics));
        return 0;
    }
}
