package io.apimigrate.rules;

/** How a snippet is answered: see contracts.md section 3. */
public enum Strategy {
    /** A confident rule match, rewritten deterministically. */
    DIRECT_RULE,
    /** A rule matched with medium confidence: a generator is prompted with the rule's hints. */
    RULE_GUIDED,
    /** Weak or no rule evidence for a snippet that may need migration: the generator alone. */
    LLM_ONLY,
    /** No deprecated usage found: the snippet is returned as it is. */
    UNCHANGED
}
