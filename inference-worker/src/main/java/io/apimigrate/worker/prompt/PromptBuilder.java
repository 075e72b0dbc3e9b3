package io.apimigrate.worker.prompt;

import io.apimigrate.rules.RuleHint;
import java.util.List;
import java.util.Locale;

/**
 * Writes the prompt of each {@link PromptStrategy} for one {@link MigrationTask} in the Qwen2 chat
 * template. Code-only strategies prefill the reply with an opening {@code ```python} fence and stop at
 * the closing fence; chain of thought reasons first and stops at the end of its turn.
 */
public final class PromptBuilder {

    /** The fence that opens a Python block. */
    public static final String OPEN_FENCE = "```python\n";
    /** The fence that closes a block. */
    public static final String CLOSE_FENCE = "```";

    static final String SYSTEM = "You are an expert Python developer who migrates code from deprecated library APIs"
            + " to their current replacements. Keep the code's behaviour, names, comments and layout; change only"
            + " what the migration needs. Answer with the complete migrated code in one ```python code block.";

    private static final List<String> CODE_STOPS = List.of(ChatMl.END_OF_TURN, ChatMl.END_OF_TEXT, CLOSE_FENCE);
    private static final List<String> TURN_STOPS = List.of(ChatMl.END_OF_TURN, ChatMl.END_OF_TEXT);

    private final int maxHints;

    /** A builder that shows at most {@code maxHints} rules per prompt, best first. */
    public PromptBuilder(final int maxHints) {
        if (maxHints < 1) {
            throw new IllegalArgumentException("maxHints must be >= 1, got " + maxHints);
        }
        this.maxHints = maxHints;
    }

    /** A builder that shows at most three rules per prompt. */
    public PromptBuilder() {
        this(3);
    }

    /** The prompt of the given strategy for the task. */
    public Prompt build(final PromptStrategy strategy, final MigrationTask task) {
        final String user = switch (strategy) {
            case BASIC -> basic(task);
            case WITH_CONTEXT -> withContext(task);
            case WITH_RULES -> withRules(task);
            case CHAIN_OF_THOUGHT -> chainOfThought(task);
        };
        final boolean codeOnly = strategy != PromptStrategy.CHAIN_OF_THOUGHT;
        final String prefill = codeOnly ? OPEN_FENCE : "";
        return new Prompt(ChatMl.render(SYSTEM, user, prefill), strategy, prefill, codeOnly ? CODE_STOPS : TURN_STOPS);
    }

    private static String basic(final MigrationTask task) {
        return "Migrate this Python code to the current API.\n\n" + fenced(task.code());
    }

    private String withContext(final MigrationTask task) {
        final StringBuilder user = new StringBuilder("Migrate this Python code to the ")
                .append(currentApi(task)).append(". Replace every deprecated call with its current equivalent"
                        + " and keep everything else as it is. If nothing is deprecated, return the code unchanged.\n");
        appendApiChanges(user, task, "Possibly relevant API changes:\n");
        return user.append('\n').append(fenced(task.code())).toString();
    }

    private String withRules(final MigrationTask task) {
        final List<RuleHint> hints = shown(task);
        if (hints.isEmpty()) {
            return withContext(task);
        }
        final StringBuilder user = new StringBuilder("Migrate this Python code to the ")
                .append(currentApi(task)).append(" using the migration rules below.\n");
        for (int i = 0; i < hints.size(); i++) {
            appendRule(user, i + 1, hints.get(i));
        }
        user.append("\nCode to migrate:\n").append(fenced(task.code()))
                .append("\nApply the rules where they fit, correct what a proposed rewrite gets wrong,"
                        + " and return the complete migrated code.");
        return user.toString();
    }

    private String chainOfThought(final MigrationTask task) {
        final StringBuilder user = new StringBuilder("Migrate this Python code to the ")
                .append(currentApi(task)).append(".\n");
        appendApiChanges(user, task, "Known API changes that may apply:\n");
        return user.append('\n').append(fenced(task.code()))
                .append("\nFirst think step by step: name each deprecated call in the code and its current"
                        + " replacement, in a few short lines. Then give the complete migrated code in one"
                        + " ```python block at the end of your answer.")
                .toString();
    }

    private void appendApiChanges(final StringBuilder user, final MigrationTask task, final String heading) {
        final List<RuleHint> hints = shown(task);
        if (hints.isEmpty()) {
            return;
        }
        user.append(heading);
        for (final RuleHint hint : hints) {
            user.append("- `").append(hint.oldApi()).append("` -> `").append(hint.newApi()).append("`\n");
        }
    }

    private static void appendRule(final StringBuilder user, final int number, final RuleHint hint) {
        user.append("\nRule ").append(number).append(" (").append(hint.ruleId()).append(", confidence ")
                .append(String.format(Locale.ROOT, "%.2f", hint.confidence())).append("): `")
                .append(hint.oldApi()).append("` is replaced by `").append(hint.newApi()).append("`.\n");
        if (!hint.exampleBefore().isBlank() && !hint.exampleAfter().isBlank()) {
            user.append("Example before:\n").append(fenced(hint.exampleBefore()))
                    .append("Example after:\n").append(fenced(hint.exampleAfter()));
        }
        if (!hint.proposedRewrite().isBlank()) {
            user.append("The rule alone would rewrite the code as:\n").append(fenced(hint.proposedRewrite()));
        }
    }

    private List<RuleHint> shown(final MigrationTask task) {
        final List<RuleHint> hints = task.changeHints();
        return hints.subList(0, Math.min(maxHints, hints.size()));
    }

    private static String currentApi(final MigrationTask task) {
        final String library = task.library().isBlank()
                ? task.hints().stream().map(RuleHint::library).filter(l -> l != null && !l.isBlank())
                        .findFirst().orElse("")
                : task.library();
        return library.isEmpty() ? "current API" : "current " + library + " API";
    }

    private static String fenced(final String code) {
        final String body = code.endsWith("\n") ? code : code + "\n";
        return OPEN_FENCE + body + CLOSE_FENCE + "\n";
    }
}
