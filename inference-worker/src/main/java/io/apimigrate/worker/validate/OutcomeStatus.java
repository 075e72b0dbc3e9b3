package io.apimigrate.worker.validate;

/** How the worker answered one request; only {@link #MIGRATED} and {@link #UNCHANGED} are valid answers. */
public enum OutcomeStatus {
    /** The generator's code passed validation. */
    MIGRATED(true),
    /** The generator returned the input and no change was hinted. */
    UNCHANGED(true),
    /** No generator is configured: the input is returned as it is. */
    UNRESOLVED(false),
    /** The output is empty, does not lex, has unbalanced brackets, was truncated or is far longer than the input. */
    INVALID_OUTPUT(false),
    /** The generator repeated its input although a change was hinted. */
    ECHO(false),
    /** None of a hinted rule's new APIs appears in the output. */
    MISSING_NEW_API(false),
    /** Generation ran out of time. */
    TIMEOUT(false),
    /** The generator failed. */
    ERROR(false);

    private final boolean valid;

    OutcomeStatus(final boolean valid) {
        this.valid = valid;
    }

    /** Whether the answer's code is the generator's and may be used. */
    public boolean valid() {
        return valid;
    }
}
