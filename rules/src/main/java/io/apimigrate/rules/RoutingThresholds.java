package io.apimigrate.rules;

/**
 * Confidence thresholds that split matches into strategies (contracts.md section 3).
 *
 * @param direct confidence at or above which a match is rewritten directly
 * @param guided confidence at or above which a match guides the generator
 */
public record RoutingThresholds(double direct, double guided) {

    /** The contract's defaults: 0.85 and 0.60. */
    public static final RoutingThresholds DEFAULT = new RoutingThresholds(0.85, 0.60);

    public RoutingThresholds {
        if (!(guided >= 0 && guided <= direct && direct <= 1)) {
            throw new IllegalArgumentException(
                    "thresholds must satisfy 0 <= guided <= direct <= 1, got guided=" + guided + " direct=" + direct);
        }
    }

    /** The strategy for a best match of the given confidence. */
    public Strategy route(final double confidence) {
        if (confidence >= direct) {
            return Strategy.DIRECT_RULE;
        }
        return confidence >= guided ? Strategy.RULE_GUIDED : Strategy.LLM_ONLY;
    }
}
