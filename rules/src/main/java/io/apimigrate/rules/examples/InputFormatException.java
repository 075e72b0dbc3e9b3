package io.apimigrate.rules.examples;

import java.nio.file.Path;

/**
 * An input file that cannot be read as example or snippet lines. The message is one line:
 * {@code <file>:<line>: <field>: <what is wrong>} for a bad line, {@code <path>: <what is wrong>} for
 * a path that cannot be used.
 */
public final class InputFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private InputFormatException(final String message, final Throwable cause) {
        super(message.replace('\r', ' ').replace('\n', ' '), cause);
    }

    /** A fault on one line of a file; {@code field} is the JSON field, or {@code json} / {@code encoding}. */
    public static InputFormatException atLine(final Path file, final long line, final String field, final String problem) {
        return new InputFormatException(file + ":" + line + ": " + field + ": " + problem, null);
    }

    /** A path that cannot be used at all (missing, unreadable, a folder without example files). */
    public static InputFormatException atPath(final Path path, final String problem, final Throwable cause) {
        return new InputFormatException(path + ": " + problem, cause);
    }

    /** A fault that belongs to no path, such as an empty list of paths. */
    public static InputFormatException general(final String problem) {
        return new InputFormatException(problem, null);
    }
}
