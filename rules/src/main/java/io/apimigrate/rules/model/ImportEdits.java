package io.apimigrate.rules.model;

import java.util.List;

/**
 * Import statements a rewrite needs: each line in {@code add} is inserted after the snippet's
 * last import (or at its top) unless an equivalent import is already there.
 *
 * @param add import statements to ensure, e.g. {@code import pandas as pd}
 */
public record ImportEdits(List<String> add) {

    /** No import edits. */
    public static final ImportEdits NONE = new ImportEdits(List.of());

    public ImportEdits {
        add = List.copyOf(add);
    }
}
