package io.apimigrate.worker.validate;

/**
 * How much longer than its input an output may be: at most {@code maxGrowth} times the input's length
 * plus {@code slackChars} (room for an added import line on a one-liner).
 *
 * @param maxGrowth the allowed length ratio, at least 1
 * @param slackChars characters allowed on top, at least 0
 */
public record ValidationLimits(double maxGrowth, int slackChars) {

    /** Four times the input plus 200 characters. */
    public static final ValidationLimits DEFAULT = new ValidationLimits(4.0, 200);

    public ValidationLimits {
        if (!(maxGrowth >= 1) || slackChars < 0) {
            throw new IllegalArgumentException(
                    "need maxGrowth >= 1 and slackChars >= 0, got " + maxGrowth + " and " + slackChars);
        }
    }

    /** The longest output allowed for an input of the given length. */
    public long maxLength(final int inputLength) {
        return (long) Math.ceil(maxGrowth * inputLength) + slackChars;
    }
}
