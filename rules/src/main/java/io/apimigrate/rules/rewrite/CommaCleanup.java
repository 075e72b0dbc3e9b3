package io.apimigrate.rules.rewrite;

import java.util.regex.Pattern;

/**
 * Drops commas that a rewrite left dangling (an empty argument run next to a comma the template
 * kept), unless the original text had the same shape, such as a deliberate trailing comma.
 */
final class CommaCleanup {

    private static final Pattern BEFORE_CLOSE = Pattern.compile(",[ \\t]*([)\\]}])");
    private static final Pattern AFTER_OPEN = Pattern.compile("([(\\[{])[ \\t]*,[ \\t]*");
    private static final Pattern DOUBLE = Pattern.compile(",[ \\t]*,");

    private CommaCleanup() {
    }

    static String clean(final String original, final String rewritten) {
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
        return out;
    }
}
