package io.apimigrate.rules;

/**
 * One rule matching a snippet.
 *
 * @param ruleId the rule
 * @param confidence the match's confidence, evidence in the snippet considered
 * @param start char offset where the match starts
 * @param end char offset after the match
 */
public record RuleMatch(String ruleId, double confidence, int start, int end) {
}
