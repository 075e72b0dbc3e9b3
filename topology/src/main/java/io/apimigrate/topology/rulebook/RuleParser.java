package io.apimigrate.topology.rulebook;

import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleFormatException;
import io.apimigrate.rules.model.RulesJson;

/** Parses and validates one rule given as its rules.json object. */
@FunctionalInterface
public interface RuleParser {

    /** The engine's strict parser, {@link RulesJson#parseRule}. */
    RuleParser STRICT = RulesJson::parseRule;

    /**
     * The rule the JSON describes.
     *
     * @throws RuleFormatException naming the field at fault
     */
    Rule parse(String json) throws RuleFormatException;
}
