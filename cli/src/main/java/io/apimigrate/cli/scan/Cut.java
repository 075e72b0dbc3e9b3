package io.apimigrate.cli.scan;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One statement cut from a file: its code is {@code text[start, end)} of the file. It is sent after
 * {@code context}, the file's top-level imports that no rule matches, so that the engine's checks on what
 * a name is bound to see them; the context is never rewritten and is taken off the answer again.
 *
 * @param id {@code path:line:column}, unique within a scan
 * @param path the file, relative to the repository
 * @param line the 1-based line the statement starts on
 * @param start the statement's first char in the file
 * @param end the char after the statement's last code token
 * @param code the statement's text
 * @param context import lines sent before the statement, each ending in a newline; empty for none
 */
public record Cut(String id, String path, int line, int start, int end, String code, String context) {

    private static final Pattern IMPORT_LINE = Pattern.compile("(?:import|from)\\s+\\S.*");

    /** The snippet sent: the context, then the statement. */
    public String snippet() {
        return context + code;
    }

    /**
     * The statement's part of an answer to {@link #snippet()}: the answer without the context, keeping the
     * import lines a rewrite added above it; empty when the answer does not hold the context unchanged.
     */
    public Optional<String> statementOutput(final String output) {
        if (context.isEmpty()) {
            return Optional.of(output);
        }
        final int at = output.indexOf(context);
        if (at < 0 || !importLines(output.substring(0, at))) {
            return Optional.empty();
        }
        return Optional.of(output.substring(0, at) + output.substring(at + context.length()));
    }

    private static boolean importLines(final String text) {
        if (text.isEmpty()) {
            return true;
        }
        if (!text.endsWith("\n")) {
            return false;
        }
        for (final String line : text.substring(0, text.length() - 1).split("\n", -1)) {
            if (!IMPORT_LINE.matcher(line).matches()) {
                return false;
            }
        }
        return true;
    }
}
