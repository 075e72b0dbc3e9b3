package io.apimigrate.rules.rewrite;

import java.util.regex.Pattern;

/**
 * Drops commas that a rewrite left dangling (an empty argument run next to a comma the template
 * kept), also before a closing bracket on the next line, and blanks it left after a comma at the
 * end of a line, unless the original text had the same shape, such as a deliberate trailing comma.
 */
final class CommaCleanup {

    private static final Pattern BEFORE_CLOSE = Pattern.compile(",[ \\t]*([)\\]}])");
    private static final Pattern AFTER_OPEN = Pattern.compile("([(\\[{])[ \\t]*,[ \\t]*");
    private static final Pattern DOUBLE = Pattern.compile(",[ \\t]*,");
    private static final Pattern BEFORE_CLOSING_LINE = Pattern.compile(",[ \\t]*(\\r?\\n[ \\t]*[)\\]}])");
    private static final Pattern BLANKS_AFTER = Pattern.compile(",[ \\t]+(\\r?\\n)");

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
        return out;
    }

    /**
     * Whether some pattern above could match: a comma then blanks then a comma, a closing bracket
     * or a line break, or an opening bracket then blanks then a comma. Most rewrites have none, and
     * this one pass spares them the regex scans.
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
        return false;
    }
}
