package io.apimigrate.rules.learn;

/**
 * Settings of the learner.
 *
 * @param folds cross-validation folds used to estimate precision (at least 2)
 * @param priorStrength how many pseudo-observations of its group's precision a rule starts with
 * @param maxConfidence the most confidence a learned rule gets
 */
public record LearnOptions(int folds, double priorStrength, double maxConfidence) {

    /** Five folds, a prior worth four observations, confidence at most 0.99. */
    public static final LearnOptions DEFAULT = new LearnOptions(5, 4.0, 0.99);

    public LearnOptions {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be >= 2, got " + folds);
        }
        if (priorStrength <= 0 || maxConfidence <= 0 || maxConfidence > 1) {
            throw new IllegalArgumentException("need priorStrength > 0 and 0 < maxConfidence <= 1");
        }
    }
}
