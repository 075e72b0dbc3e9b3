package io.apimigrate.rules.rewrite;

/**
 * Drops the whitespace-only lines a rewrite left where the code had none: a removed keyword
 * argument that stood on its own line ({@code fail_silently=False,}) takes its line with it,
 * indentation included. A template or code that has blank lines of its own keeps them all.
 */
final class BlankLines {

    private BlankLines() {
    }

    static String dropNew(final String original, final String rewritten, final String template) {
        if (rewritten.indexOf('\n') < 0 || hasBlankLine(original) || hasBlankLine(template) || !hasBlankLine(rewritten)) {
            return rewritten;
        }
        final String[] lines = rewritten.split("\n", -1);
        final StringBuilder out = new StringBuilder(rewritten.length());
        out.append(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            if (i < lines.length - 1 && lines[i].isBlank()) {
                continue;
            }
            out.append('\n').append(lines[i]);
        }
        return out.toString();
    }

    /** Whether a line between two line breaks holds only whitespace. */
    private static boolean hasBlankLine(final String text) {
        boolean blank = false;
        boolean inLine = false;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c == '\n') {
                if (inLine && blank) {
                    return true;
                }
                inLine = true;
                blank = true;
            } else if (!Character.isWhitespace(c)) {
                blank = false;
            }
        }
        return false;
    }
}
