package io.apimigrate.rules.rewrite;

/**
 * Deleting a statement that is alone on its line deletes the line (indentation, trailing comment
 * and line break included); when that empties a block, the block keeps a {@code pass}, its line
 * ending as the deleted line's did. A statement that shares its line goes with its {@code ;}.
 */
final class LineDeletion {

    private LineDeletion() {
    }

    static TextEdit of(final CharSequence source, final int from, final int to) {
        final int lineEnd = wholeLineEnd(source, from, to);
        if (lineEnd < 0) {
            return withSemicolon(source, from, to);
        }
        final int lineStart = lineStart(source, from);
        final int end = lineEnd < source.length() ? lineEnd + 1 : lineEnd;
        final String indent = source.subSequence(lineStart, from).toString();
        if (emptiesBlock(source, lineStart, end, indent)) {
            final String lineBreak = end == lineEnd ? "" : lineEnd > 0 && source.charAt(lineEnd - 1) == '\r' ? "\r\n" : "\n";
            return new TextEdit(lineStart, end, indent + "pass" + lineBreak);
        }
        return new TextEdit(lineStart, end, "");
    }

    /**
     * A statement that shares its line goes with the {@code ;} that separates it: the one before
     * it ({@code a = 1; b = 2} -> {@code a = 1}), else the one after it with the space that follows.
     */
    private static TextEdit withSemicolon(final CharSequence source, final int from, final int to) {
        int before = from;
        while (before > 0 && (source.charAt(before - 1) == ' ' || source.charAt(before - 1) == '\t')) {
            before--;
        }
        if (before > 0 && source.charAt(before - 1) == ';') {
            return new TextEdit(before - 1, to, "");
        }
        int after = to;
        while (after < source.length() && (source.charAt(after) == ' ' || source.charAt(after) == '\t')) {
            after++;
        }
        if (after < source.length() && source.charAt(after) == ';') {
            after++;
            while (after < source.length() && (source.charAt(after) == ' ' || source.charAt(after) == '\t')) {
                after++;
            }
            return new TextEdit(from, after, "");
        }
        return new TextEdit(from, to, "");
    }

    /** Whether deleting [from, to) deletes the last line of a block, which then needs a {@code pass}. */
    static boolean emptiesBlock(final CharSequence source, final int from, final int to) {
        final int lineEnd = wholeLineEnd(source, from, to);
        if (lineEnd < 0) {
            return false;
        }
        final int lineStart = lineStart(source, from);
        return emptiesBlock(source, lineStart, lineEnd < source.length() ? lineEnd + 1 : lineEnd,
                source.subSequence(lineStart, from).toString());
    }

    /** End of the line when [from, to) is all its code (a comment may follow), else -1. */
    private static int wholeLineEnd(final CharSequence source, final int from, final int to) {
        if (!blank(source, lineStart(source, from), from)) {
            return -1;
        }
        int lineEnd = to;
        while (lineEnd < source.length() && source.charAt(lineEnd) != '\n') {
            lineEnd++;
        }
        final String rest = source.subSequence(to, lineEnd).toString().strip();
        return rest.isEmpty() || rest.startsWith("#") ? lineEnd : -1;
    }

    /** The previous code line opens a block and no line of it remains after this one. */
    private static boolean emptiesBlock(final CharSequence source, final int lineStart, final int end,
            final String indent) {
        int p = lineStart - 1;
        while (p > 0) {
            final int start = lineStart(source, p);
            final String line = source.subSequence(start, p).toString().strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                if (!line.endsWith(":")) {
                    return false;
                }
                break;
            }
            p = start - 1;
        }
        if (p <= 0) {
            return false;
        }
        int q = end;
        while (q < source.length()) {
            int lineEnd = q;
            while (lineEnd < source.length() && source.charAt(lineEnd) != '\n') {
                lineEnd++;
            }
            final String line = source.subSequence(q, lineEnd).toString();
            if (!line.strip().isEmpty() && !line.strip().startsWith("#")) {
                return indentation(line) < indent.length();
            }
            q = lineEnd + 1;
        }
        return true;
    }

    private static int indentation(final String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int lineStart(final CharSequence source, final int offset) {
        int i = offset;
        while (i > 0 && source.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private static boolean blank(final CharSequence source, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (source.charAt(i) != ' ' && source.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }
}
