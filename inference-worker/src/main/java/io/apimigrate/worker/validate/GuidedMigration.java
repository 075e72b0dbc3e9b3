package io.apimigrate.worker.validate;

import io.apimigrate.worker.generate.FinishReason;
import io.apimigrate.worker.generate.Generation;
import io.apimigrate.worker.generate.GenerationConfig;
import io.apimigrate.worker.generate.Generator;
import io.apimigrate.worker.generate.NoneGenerator;
import io.apimigrate.worker.prompt.MigrationTask;
import io.apimigrate.worker.prompt.Prompt;
import io.apimigrate.worker.prompt.PromptBuilder;
import io.apimigrate.worker.prompt.PromptStrategy;
import io.apimigrate.worker.prompt.StrategySelection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers a batch of tasks with a generator: prompts each task with the strategy of its route, generates
 * (one generator call per strategy in the batch), extracts the code and validates it. Every task gets exactly
 * one {@link Outcome}; a failed one carries the input unchanged.
 */
public final class GuidedMigration {

    private final Generator generator;
    private final PromptBuilder prompts;
    private final StrategySelection selection;
    private final OutputValidator validator;
    private final GenerationConfig decoding;

    /**
     * @param generator the backend
     * @param prompts writes the prompts
     * @param selection the prompt strategy per route
     * @param validator checks each output
     * @param decoding decoding settings; each prompt's stop strings are added to its stop strings
     */
    public GuidedMigration(final Generator generator, final PromptBuilder prompts, final StrategySelection selection,
                           final OutputValidator validator, final GenerationConfig decoding) {
        this.generator = generator;
        this.prompts = prompts;
        this.selection = selection;
        this.validator = validator;
        this.decoding = decoding;
    }

    /** The generator's name, e.g. {@code none} or {@code http:qwen2.5-coder}. */
    public String generatorName() {
        return generator.name();
    }

    /** One outcome per task, in the tasks' order. */
    public List<Outcome> migrate(final List<MigrationTask> tasks) {
        final Outcome[] outcomes = new Outcome[tasks.size()];
        if (generator instanceof NoneGenerator) {
            for (int i = 0; i < tasks.size(); i++) {
                outcomes[i] = fallback(tasks.get(i), OutcomeStatus.UNRESOLVED, "no generator configured", 0, 0L);
            }
            return List.of(outcomes);
        }
        final Map<PromptStrategy, List<Integer>> groups = new EnumMap<>(PromptStrategy.class);
        for (int i = 0; i < tasks.size(); i++) {
            groups.computeIfAbsent(selection.forRoute(tasks.get(i).route()), k -> new ArrayList<>()).add(i);
        }
        groups.forEach((strategy, indexes) -> migrateGroup(strategy, indexes, tasks, outcomes));
        return Arrays.asList(outcomes);
    }

    private void migrateGroup(final PromptStrategy strategy, final List<Integer> indexes,
                              final List<MigrationTask> tasks, final Outcome[] outcomes) {
        final List<Prompt> batch = indexes.stream().map(i -> prompts.build(strategy, tasks.get(i))).toList();
        final long started = System.nanoTime();
        List<Generation> generations;
        String failure = "";
        try {
            generations = generator.generate(batch.stream().map(Prompt::text).toList(), withStops(batch.get(0)));
            if (generations.size() != batch.size()) {
                failure = "generator " + generator.name() + " returned " + generations.size()
                        + " generations for " + batch.size() + " prompts";
            }
        } catch (final RuntimeException e) {
            generations = List.of();
            failure = "generator " + generator.name() + " failed: " + e;
        }
        final long elapsed = (System.nanoTime() - started) / 1_000_000L;
        for (int k = 0; k < indexes.size(); k++) {
            final MigrationTask task = tasks.get(indexes.get(k));
            outcomes[indexes.get(k)] = failure.isEmpty()
                    ? outcome(task, batch.get(k), generations.get(k))
                    : fallback(task, OutcomeStatus.ERROR, failure, 0, elapsed);
        }
    }

    private Outcome outcome(final MigrationTask task, final Prompt prompt, final Generation generation) {
        final long elapsed = generation.elapsedMillis();
        final int tokens = generation.tokenIds().size();
        if (generation.finishReason() == FinishReason.ERROR) {
            return fallback(task, OutcomeStatus.ERROR, generation.error().isBlank()
                    ? "generator " + generator.name() + " failed" : generation.error(), tokens, elapsed);
        }
        if (generation.finishReason() == FinishReason.TIME_LIMIT) {
            return fallback(task, OutcomeStatus.TIMEOUT, "generation ran past its time limit of "
                    + decoding.timeLimit().toMillis() + " ms", tokens, elapsed);
        }
        final Extraction extraction = CodeExtractor.extract(
                prompt.reply(generation.text()), prompt.strategy().answerBlock());
        if (extraction.source() == Extraction.Source.NONE) {
            return fallback(task, OutcomeStatus.INVALID_OUTPUT, "reply has no code block after its reasoning",
                    tokens, elapsed);
        }
        if (generation.finishReason() == FinishReason.MAX_TOKENS
                && extraction.source() != Extraction.Source.CLOSED_FENCE) {
            return fallback(task, OutcomeStatus.INVALID_OUTPUT, "reply was cut at the limit of "
                    + decoding.maxNewTokens() + " new tokens before its code ended", tokens, elapsed);
        }
        final Verdict verdict = validator.check(task, extraction.code());
        if (!verdict.status().valid()) {
            return fallback(task, verdict.status(), verdict.detail(), tokens, elapsed);
        }
        final String code = verdict.status() == OutcomeStatus.UNCHANGED ? task.code()
                : withTrailingNewlineOf(task.code(), extraction.code());
        return new Outcome(code, verdict.status(), "", tokens, elapsed);
    }

    private GenerationConfig withStops(final Prompt prompt) {
        final Set<String> stops = new LinkedHashSet<>(decoding.stopStrings());
        stops.addAll(prompt.stopStrings());
        return new GenerationConfig(decoding.maxNewTokens(), decoding.temperature(), decoding.topP(),
                List.copyOf(stops), decoding.timeLimit(), decoding.seed());
    }

    private static Outcome fallback(final MigrationTask task, final OutcomeStatus status, final String detail,
                                    final int tokens, final long elapsed) {
        return new Outcome(task.code(), status, detail, tokens, elapsed);
    }

    private static String withTrailingNewlineOf(final String input, final String code) {
        return input.endsWith("\n") && !code.endsWith("\n") ? code + "\n" : code;
    }
}
