package io.apimigrate.rules.learn;

import io.apimigrate.rules.model.RuleSet;

/**
 * What learning produced.
 *
 * @param rules the calibrated rules
 * @param examples how many examples were read
 * @param unlearnable changing examples no rule could be derived from
 * @param calibration one line on the cross-validation behind the confidences
 */
public record LearnResult(RuleSet rules, int examples, int unlearnable, String calibration) {
}
