package io.apimigrate.rules.match;

import java.util.regex.Pattern;

/**
 * Text that a regular expression may read a bounded number of characters of: a rule's regex
 * constraint ({@code (a+)+$} on a long binding) cannot hang a match by catastrophic backtracking;
 * past the budget the constraint counts as not met.
 */
final class BudgetedText implements CharSequence {

    /** Character reads one regex constraint check may make. */
    static final int READS = 100_000;

    private final CharSequence text;
    private int left;

    private BudgetedText(final CharSequence text, final int reads) {
        this.text = text;
        this.left = reads;
    }

    /** Whether {@code regex} finds a match in {@code text} within {@link #READS} character reads. */
    static boolean finds(final Pattern regex, final CharSequence text) {
        try {
            return regex.matcher(new BudgetedText(text, READS)).find();
        } catch (final Exhausted e) {
            return false;
        }
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(final int index) {
        if (--left < 0) {
            throw Exhausted.INSTANCE;
        }
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(final int start, final int end) {
        return new BudgetedText(text.subSequence(start, end), Math.max(0, left));
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** Thrown, without a stack trace, when the reads are used up. */
    private static final class Exhausted extends RuntimeException {
        private static final Exhausted INSTANCE = new Exhausted();

        private Exhausted() {
            super("regex read budget exhausted", null, false, false);
        }
    }
}
