package io.apimigrate.rules.model;

/** Where a rule comes from. */
public enum RuleOrigin {
    /** Learned from examples; its confidence is estimated. */
    LEARNED,
    /** Written by hand in rules.json; fully confident. */
    HAND_WRITTEN,
    /** Imported from an ast-grep rule file; fully confident. */
    AST_GREP
}
