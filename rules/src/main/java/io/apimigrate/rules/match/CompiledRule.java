package io.apimigrate.rules.match;

import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.pattern.PatternCompiler;
import io.apimigrate.rules.rewrite.EditPlan;

/**
 * A rule ready to run: its pattern compiled into a matcher and its template into an edit plan.
 *
 * @param rule the rule as stored
 * @param matcher matches the rule's pattern
 * @param plan turns a match into edits
 */
public record CompiledRule(Rule rule, PatternMatcher matcher, EditPlan plan) {

    /** Compiles a rule; throws IllegalArgumentException naming the field at fault. */
    public static CompiledRule of(final Rule rule) {
        final var pattern = PatternCompiler.compile(rule.pattern());
        final var template = PatternCompiler.template(rule.template());
        return new CompiledRule(rule, new PatternMatcher(pattern, rule.constraints()),
                EditPlan.of(pattern, rule.template(), template));
    }

    public String id() {
        return rule.id();
    }
}
