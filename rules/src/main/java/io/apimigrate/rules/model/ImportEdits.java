package io.apimigrate.rules.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Import statements a rewrite needs: each line in {@code add} is inserted after the snippet's
 * last import (or at its top) unless an equivalent import is already there. A line may name a
 * pattern metavariable constrained to an identifier ({@code from numpy.exceptions import $NAME}),
 * filled with what the match bound.
 *
 * @param add import statements to ensure, e.g. {@code import pandas as pd}
 */
public record ImportEdits(List<String> add) {

    /** A metavariable in an import line; group 1 is its name. */
    public static final Pattern METAVARIABLE = Pattern.compile("\\$([A-Z_][A-Z0-9_]*)");

    /** No import edits. */
    public static final ImportEdits NONE = new ImportEdits(List.of());

    public ImportEdits {
        add = List.copyOf(add);
    }
}
