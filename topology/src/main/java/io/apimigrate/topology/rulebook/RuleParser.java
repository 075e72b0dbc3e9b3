package io.apimigrate.topology.rulebook;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleFormatException;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.rules.model.RulesJson;
import java.util.List;

/** Parses and validates one rule given as its rules.json object. */
@FunctionalInterface
public interface RuleParser {

    /**
     * The engine's strict parser, {@link RulesJson#parseRule}, followed by a compilation of the
     * rule alone, so that a rule in the book never breaks the engine's rebuild.
     */
    RuleParser STRICT = json -> {
        final Rule rule = RulesJson.parseRule(json);
        try {
            MigrationEngine.of(RuleSet.of(List.of(rule)), RoutingThresholds.DEFAULT);
        } catch (final IllegalArgumentException e) {
            throw new RuleFormatException("does not compile: " + e.getMessage(), e);
        }
        return rule;
    };

    /**
     * The rule the JSON describes.
     *
     * @throws RuleFormatException naming the field at fault
     */
    Rule parse(String json) throws RuleFormatException;
}
