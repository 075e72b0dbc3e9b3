package io.apimigrate.rules.rewrite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops commas that a rewrite left dangling (an empty argument run next to a comma the template
 * kept), also before a closing bracket on the next line, blanks it left after a comma at the end of
 * a line, and the line break it left before a closing bracket whose removed argument shared its
 * line, unless the original text had the same shape, such as a deliberate trailing comma or a
 * bracket on a line of its own.
 */
final class CommaCleanup {

    private static final Pattern BEFORE_CLOSE = Pattern.compile(",[ \\t]*([)\\]}])");
    private static final Pattern AFTER_OPEN = Pattern.compile("([(\\[{])[ \\t]*,[ \\t]*");
    private static final Pattern DOUBLE = Pattern.compile(",[ \\t]*,");
    private static final Pattern BEFORE_CLOSING_LINE = Pattern.compile(",[ \\t]*(\\r?\\n[ \\t]*[)\\]}])");
    private static final Pattern BLANKS_AFTER = Pattern.compile(",[ \\t]+(\\r?\\n)");
    /** A closing bracket alone at the start of a line, after a line that ends in a value. */
    private static final Pattern CLOSING_ALONE = Pattern.compile("(?<=[^\\s,(\\[{\\\\])[ \\t]*\\r?\\n[ \\t]*(?=[)\\]}])");
    private static final Pattern CLOSING_STARTS_LINE = Pattern.compile("\\n[ \\t]*[)\\]}]");

    private CommaCleanup() {
    }

    /** {@code rewritten} without the commas and blanks it left dangling that neither {@code original} nor the template has. */
    static String clean(final String original, final String rewritten, final String template) {
        if (!mayDangle(rewritten)) {
            return rewritten;
        }
        String out = rewritten;
        if (!BEFORE_CLOSE.matcher(original).find()) {
            out = BEFORE_CLOSE.matcher(out).replaceAll("$1");
        }
        if (!AFTER_OPEN.matcher(original).find()) {
            out = AFTER_OPEN.matcher(out).replaceAll("$1");
        }
        if (!DOUBLE.matcher(original).find()) {
            out = DOUBLE.matcher(out).replaceAll(",");
        }
        if (!BEFORE_CLOSING_LINE.matcher(original).find() && !BEFORE_CLOSING_LINE.matcher(template).find()) {
            out = BEFORE_CLOSING_LINE.matcher(out).replaceAll("$1");
        }
        if (!BLANKS_AFTER.matcher(original).find() && !BLANKS_AFTER.matcher(template).find()) {
            out = BLANKS_AFTER.matcher(out).replaceAll(",$1");
        }
        if (!CLOSING_STARTS_LINE.matcher(original).find() && !CLOSING_STARTS_LINE.matcher(template).find()) {
            out = joinClosingBrackets(out);
        }
        return out;
    }

    /** {@code text} with each closing bracket left alone on its line joined to the line before, unless that line has a comment. */
    private static String joinClosingBrackets(final String text) {
        final Matcher alone = CLOSING_ALONE.matcher(text);
        final StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (alone.find()) {
            final int lineStart = text.lastIndexOf('\n', alone.start() - 1) + 1;
            if (text.indexOf('#', lineStart) >= 0 && text.indexOf('#', lineStart) < alone.start()) {
                continue;
            }
            out.append(text, copied, alone.start());
            copied = alone.end();
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * Whether some pattern above could match: a comma then blanks then a comma, a closing bracket
     * or a line break, an opening bracket then blanks then a comma, or a line that starts with a
     * closing bracket. Most rewrites have none, and these passes spare them the regex scans.
     */
    private static boolean mayDangle(final String text) {
        final int n = text.length();
        for (int i = 0; i < n; i++) {
            final char c = text.charAt(i);
            final boolean comma = c == ',';
            if (!comma && c != '(' && c != '[' && c != '{') {
                continue;
            }
            int j = i + 1;
            while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            final char next = j < n ? text.charAt(j) : ' ';
            if (next == ',' || comma && (next == ')' || next == ']' || next == '}' || next == '\n' || next == '\r')) {
                return true;
            }
        }
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            int j = i + 1;
            while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            if (j < n && (text.charAt(j) == ')' || text.charAt(j) == ']' || text.charAt(j) == '}')) {
                return true;
            }
        }
        return false;
    }
}
