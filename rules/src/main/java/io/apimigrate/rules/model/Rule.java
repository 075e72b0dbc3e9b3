package io.apimigrate.rules.model;

import java.util.List;
import java.util.Map;

/**
 * A migration rule as stored in {@code rules.json}: a token pattern with metavariables
 * ({@code $X} one expression, {@code $$$X} a run of arguments) and the template that replaces
 * what it matches, with the facts a user or the router needs about it.
 *
 * @param id unique id
 * @param library the library migrated (numpy, pandas, ...), or empty
 * @param fromVersion version the deprecated API belongs to, or empty
 * @param toVersion version of the replacement, or empty
 * @param oldApi the deprecated API, e.g. {@code DataFrame.append}
 * @param newApi its replacement
 * @param kind what the rule does
 * @param pattern the code shape matched
 * @param template the replacement, using the pattern's metavariables
 * @param constraints what some of the pattern's {@code $X} metavariables may bind; others bind any expression
 * @param imports import edits the rewrite needs
 * @param evidence what in a snippet confirms that the match is of this library
 * @param precision the rule's estimated precision on its training examples, 0..1
 * @param support how many examples the rule was learned from (0 for hand-written rules)
 * @param confidence the calibrated confidence of a match that carries no extra evidence
 * @param safe whether the rewrite never changes behaviour (unsafe rules are never applied directly)
 * @param origin where the rule comes from
 * @param provenance ids of the examples the rule was learned from
 */
public record Rule(
        String id,
        String library,
        String fromVersion,
        String toVersion,
        String oldApi,
        String newApi,
        RuleKind kind,
        String pattern,
        String template,
        Map<String, Constraint> constraints,
        ImportEdits imports,
        Evidence evidence,
        double precision,
        int support,
        double confidence,
        boolean safe,
        RuleOrigin origin,
        List<String> provenance) {

    public Rule {
        provenance = List.copyOf(provenance);
        constraints = constraints == null ? Map.of() : Map.copyOf(constraints);
    }

    /** The same rule matching {@code pattern} and writing {@code template}. */
    public Rule withCode(final String pattern, final String template) {
        return new Rule(id, library, fromVersion, toVersion, oldApi, newApi, kind, pattern, template, constraints,
                imports, evidence, precision, support, confidence, safe, origin, provenance);
    }
}
