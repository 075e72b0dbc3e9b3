package io.apimigrate.rules.model;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a constrained metavariable may bind: a kind of node, text in which a regular expression
 * finds a match (ast-grep's {@code regex}: unanchored unless the expression says {@code ^}/{@code $}),
 * or both.
 *
 * @param kind the node kind, or null for any
 * @param regex the regular expression (java.util.regex syntax), or null for any text
 */
public record Constraint(MetavariableKind kind, String regex) {

    public Constraint {
        if (kind == null && regex == null) {
            throw new IllegalArgumentException("a constraint needs a kind or a regex");
        }
        if (regex != null) {
            try {
                Pattern.compile(regex);
            } catch (final PatternSyntaxException e) {
                throw new IllegalArgumentException("regex: " + e.getDescription() + " in '" + regex + "'", e);
            }
        }
    }

    /** Binds only nodes of this kind. */
    public static Constraint of(final MetavariableKind kind) {
        return new Constraint(kind, null);
    }

    /** Binds only a name whose text the regular expression finds a match in. */
    public static Constraint identifierMatching(final String regex) {
        return new Constraint(MetavariableKind.IDENTIFIER, regex);
    }

    /** The compiled regular expression, or null when there is none. */
    public Pattern compiledRegex() {
        return regex == null ? null : Pattern.compile(regex);
    }
}
