package io.apimigrate.cli;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.examples.JsonlWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code apimigrate rewrite}: routes and rewrites snippets with a rule set, no Kafka involved. */
@Command(name = "rewrite", mixinStandardHelpOptions = true,
        description = "Matches snippets against rules, routes each by confidence and rewrites the confident ones.")
final class RewriteCommand implements Callable<Integer> {

    @Option(names = "--rules", required = true, paramLabel = "RULES",
            description = "rules.json, an ast-grep rule file, or a folder of rule files.")
    private Path rules;

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Snippet files (.jsonl, each line with id and old_code) or folders of them.")
    private List<Path> input;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "results.jsonl: one line per snippet with id, strategy, confidence, output, rules.")
    private Path output;

    @Mixin
    private ThresholdOptions thresholds;

    @Override
    public Integer call() {
        final MigrationEngine engine = MigrationEngine.of(Inputs.rules(rules), thresholds.thresholds());
        final List<Example> snippets = Inputs.snippets(input);
        final Map<io.apimigrate.rules.Strategy, Integer> counts = new EnumMap<>(io.apimigrate.rules.Strategy.class);
        try (JsonlWriter writer = JsonlWriter.create(output);
             ProgressBar progress = new ProgressBar("rewriting", snippets.size())) {
            for (final Example snippet : snippets) {
                final var decision = engine.migrate(snippet.oldCode());
                counts.merge(decision.strategy(), 1, Integer::sum);
                writer.write(ResultLine.of(snippet.id(), decision));
                progress.step();
            }
            writer.commit();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        }
        System.out.printf("%d snippets -> %s %s%n", snippets.size(), output, counts);
        return 0;
    }
}
