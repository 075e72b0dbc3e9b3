package io.apimigrate.cli;

import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.learn.LearnOptions;
import io.apimigrate.rules.learn.LearnResult;
import io.apimigrate.rules.learn.Learner;
import io.apimigrate.rules.model.RulesJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code apimigrate learn}: learns calibrated rules from before/after examples. */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = "Learns migration rules from before/after examples and writes them as rules.json.")
final class LearnCommand implements Callable<Integer> {

    @Option(names = "--examples", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Example files (.jsonl) or folders of them (every *.jsonl below, in name order).")
    private List<Path> examples;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Where to write the rules (rules.json); written atomically.")
    private Path out;

    @Option(names = "--folds", defaultValue = "5", paramLabel = "N",
            description = "Cross-validation folds used to calibrate confidence (default: ${DEFAULT-VALUE}).")
    private int folds;

    @Override
    public Integer call() {
        if (folds < 2) {
            throw new UserInputException("--folds: must be at least 2, got " + folds);
        }
        final List<Example> read = Inputs.examples(examples);
        final LearnResult result;
        try (ProgressBar progress = new ProgressBar("learning", read.size())) {
            result = new Learner(LearnOptions.DEFAULT.withFolds(folds)).learn(read, progress::update);
        }
        try {
            RulesJson.write(result.rules(), out);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        System.out.printf("learned %d rules from %d examples (%d changing examples yielded no rule) -> %s%n",
                result.rules().size(), result.examples(), result.unlearnable(), out);
        System.out.println(result.calibration());
        return 0;
    }
}
