package io.apimigrate.cli;

/** Bad arguments or invalid input: reported as one line, exit status 2. */
public final class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserInputException(final String message) {
        super(message);
    }

    public UserInputException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
