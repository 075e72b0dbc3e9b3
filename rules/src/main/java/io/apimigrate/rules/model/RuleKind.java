package io.apimigrate.rules.model;

/** The transformation a rule performs; informative, the pattern and template say exactly what. */
public enum RuleKind {
    /** A qualified name replaced by another ({@code np.float -> float}). */
    QUALIFIED_RENAME,
    /** A method renamed on any receiver ({@code .iteritems() -> .items()}). */
    METHOD_RENAME,
    /** A keyword argument renamed ({@code sparse= -> sparse_output=}). */
    KEYWORD_RENAME,
    /** A keyword argument's value mapped to another keyword and value. */
    KEYWORD_VALUE,
    /** Arguments removed. */
    ARGUMENT_REMOVAL,
    /** Arguments added. */
    ARGUMENT_ADDITION,
    /** Arguments reordered or turned from positional into keyword. */
    ARGUMENT_REORDER,
    /** Any other restructuring with metavariables. */
    RESTRUCTURE
}
