package io.apimigrate.rules.learn;

/**
 * Settings of the learner.
 *
 * @param folds cross-validation folds used to estimate precision (at least 2)
 * @param priorStrength how many pseudo-observations of its group's precision a rule starts with
 * @param maxConfidence the most confidence a learned rule gets
 * @param groupWeight how many pseudo-observations of the group prior a group starts with
 * @param specificPrior prior precision of rules that name what they match (no receiver metavariable)
 * @param confirmedPrior prior precision of receiver rules whose match the snippet confirms
 * @param unconfirmedPrior prior precision of receiver rules whose match nothing confirms
 */
public record LearnOptions(int folds, double priorStrength, double maxConfidence, double groupWeight,
        double specificPrior, double confirmedPrior, double unconfirmedPrior) {

    /**
     * Five folds; group priors measured by cross-validation on data/examples (docs/dataset.md),
     * worth ten observations; a rule's own tally starts from its group's estimate worth four.
     */
    public static final LearnOptions DEFAULT = new LearnOptions(5, 4.0, 0.99, 10.0, 0.88, 0.90, 0.75);

    public LearnOptions {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be >= 2, got " + folds);
        }
        if (priorStrength <= 0 || groupWeight <= 0 || maxConfidence <= 0 || maxConfidence > 1) {
            throw new IllegalArgumentException("need priorStrength > 0, groupWeight > 0 and 0 < maxConfidence <= 1");
        }
    }

    /** The same options with another number of folds. */
    public LearnOptions withFolds(final int n) {
        return new LearnOptions(n, priorStrength, maxConfidence, groupWeight, specificPrior, confirmedPrior,
                unconfirmedPrior);
    }

    double prior(final boolean ambiguous, final boolean confirmed) {
        return !ambiguous ? specificPrior : confirmed ? confirmedPrior : unconfirmedPrior;
    }
}
