package io.apimigrate.rules.learn;

import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.model.Constraint;
import io.apimigrate.rules.model.RuleKind;
import java.util.List;
import java.util.Map;

/**
 * A rule proposed by one or more examples, before merging and calibration.
 *
 * @param pattern pattern text with metavariables
 * @param template template text with metavariables
 * @param constraints what some metavariables may bind
 * @param kind what the rule does
 * @param imports import statements the rewrite needs
 * @param examples the examples it came from
 */
record CandidateRule(String pattern, String template, Map<String, Constraint> constraints, RuleKind kind,
        List<String> imports, List<Example> examples) {

    CandidateRule {
        constraints = Map.copyOf(constraints);
        imports = List.copyOf(imports);
        examples = List.copyOf(examples);
    }

    /** A candidate without constraints. */
    CandidateRule(final String pattern, final String template, final RuleKind kind, final List<String> imports,
            final List<Example> examples) {
        this(pattern, template, Map.of(), kind, imports, examples);
    }

    /** The same rule learned from other examples. */
    CandidateRule withExamples(final List<Example> others) {
        return new CandidateRule(pattern, template, constraints, kind, imports, others);
    }
}
