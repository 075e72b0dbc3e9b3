package io.apimigrate.worker.prompt;

import io.apimigrate.rules.Strategy;
import java.util.Objects;

/**
 * Which prompt strategy answers each route of the topology.
 *
 * @param ruleGuided the strategy for {@link Strategy#RULE_GUIDED} requests
 * @param llmOnly the strategy for {@link Strategy#LLM_ONLY} requests (and any other route)
 */
public record StrategySelection(PromptStrategy ruleGuided, PromptStrategy llmOnly) {

    /** RULE_GUIDED with rules, LLM_ONLY with context. */
    public static final StrategySelection DEFAULT =
            new StrategySelection(PromptStrategy.WITH_RULES, PromptStrategy.WITH_CONTEXT);

    public StrategySelection {
        Objects.requireNonNull(ruleGuided, "ruleGuided");
        Objects.requireNonNull(llmOnly, "llmOnly");
    }

    /** The strategy for one task's route. */
    public PromptStrategy forRoute(final Strategy route) {
        return route == Strategy.RULE_GUIDED ? ruleGuided : llmOnly;
    }
}
