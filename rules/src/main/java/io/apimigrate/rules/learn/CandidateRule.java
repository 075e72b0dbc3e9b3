package io.apimigrate.rules.learn;

import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.model.RuleKind;
import java.util.List;

/**
 * A rule proposed by one or more examples, before merging and calibration.
 *
 * @param pattern pattern text with metavariables
 * @param template template text with metavariables
 * @param kind what the rule does
 * @param imports import statements the rewrite needs
 * @param examples the examples it came from
 */
record CandidateRule(String pattern, String template, RuleKind kind, List<String> imports, List<Example> examples) {

    CandidateRule {
        imports = List.copyOf(imports);
        examples = List.copyOf(examples);
    }
}
