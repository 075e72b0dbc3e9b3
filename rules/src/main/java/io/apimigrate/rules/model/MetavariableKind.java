package io.apimigrate.rules.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a constrained metavariable may bind, named as ast-grep's Python node kinds are: a rule
 * learned only from string-literal receivers ({@code "abc".encode("utf-8")}) constrains {@code $X}
 * to {@code string} so that it leaves {@code name.encode("utf-8")} alone.
 */
public enum MetavariableKind {
    /** A string literal: plain, prefixed or f-string, implicitly concatenated, possibly parenthesised. */
    STRING,
    /** An integer literal. */
    INTEGER,
    /** A floating-point literal. */
    FLOAT,
    /** One name. */
    IDENTIFIER;

    /** The name used in rules.json and ast-grep rule files. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with this rules.json or ast-grep name. */
    public static Optional<MetavariableKind> byName(final String name) {
        return Arrays.stream(values()).filter(kind -> kind.jsonName().equals(name)).findFirst();
    }
}
