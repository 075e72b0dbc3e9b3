package io.apimigrate.rules.model;

/** A rule file or rule record that cannot be read; the message names where and which field. */
public final class RuleFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public RuleFormatException(final String message) {
        super(message);
    }

    public RuleFormatException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
