package io.apimigrate.rules;

/**
 * What a generator needs to know about one matching rule: its identity, the API change, an
 * example of it and the rewrite the rule itself would make on the snippet.
 *
 * @param ruleId the rule's id
 * @param library the library the rule migrates, or empty
 * @param oldApi the deprecated API, e.g. {@code DataFrame.append}
 * @param newApi its replacement, e.g. {@code pandas.concat}
 * @param exampleBefore a before example of the rule (its pattern when no example is known)
 * @param exampleAfter the matching after example (its template when no example is known)
 * @param proposedRewrite the whole snippet as this rule alone would rewrite it
 * @param confidence the match's confidence
 */
public record RuleHint(
        String ruleId,
        String library,
        String oldApi,
        String newApi,
        String exampleBefore,
        String exampleAfter,
        String proposedRewrite,
        double confidence) {
}
