package io.apimigrate.rules;

import java.util.List;

/**
 * The engine's answer for one snippet.
 *
 * @param strategy how the snippet is to be answered
 * @param confidence the best match's confidence (1.0 for {@link Strategy#UNCHANGED})
 * @param output the migrated code for {@link Strategy#DIRECT_RULE}, the input otherwise
 * @param appliedRuleIds ids of the rules applied (direct) or hinted (guided), best first
 * @param hints hints for the generator; empty for direct and unchanged answers
 * @param library the library of the best match, or empty
 */
public record Decision(
        Strategy strategy,
        double confidence,
        String output,
        List<String> appliedRuleIds,
        List<RuleHint> hints,
        String library) {

    public Decision {
        appliedRuleIds = List.copyOf(appliedRuleIds);
        hints = List.copyOf(hints);
    }

    /** The answer for a snippet no rule touches. */
    public static Decision unchanged(final String code) {
        return new Decision(Strategy.UNCHANGED, 1.0, code, List.of(), List.of(), "");
    }
}
