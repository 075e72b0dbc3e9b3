package io.apimigrate.rules;

import java.util.List;

/**
 * Code with its confident matches rewritten.
 *
 * @param output the rewritten code (the input when nothing was confident)
 * @param appliedRuleIds the rules applied
 */
public record ConfidentRewrite(String output, List<String> appliedRuleIds) {

    public ConfidentRewrite {
        appliedRuleIds = List.copyOf(appliedRuleIds);
    }
}
