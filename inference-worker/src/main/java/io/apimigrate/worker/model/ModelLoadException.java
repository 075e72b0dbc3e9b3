package io.apimigrate.worker.model;

/** A checkpoint folder that cannot be loaded; the message names the file and the field or tensor at fault. */
public final class ModelLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelLoadException(final String message) {
        super(message);
    }

    public ModelLoadException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
