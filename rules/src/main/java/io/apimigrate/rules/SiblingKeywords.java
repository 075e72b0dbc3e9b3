package io.apimigrate.rules;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.CompiledRule;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.pattern.KeywordNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The keywords that other learned rules of a callee rename or drop ({@code p} for
 * {@code torch.norm($$$M1, p=$A1, $$$M2)}), by the callee's dotted name. A rule on the callee's
 * name alone ({@code torch.norm} -> {@code torch.linalg.vector_norm}) that matches a call passing
 * one of them, where that keyword's own rule did not match (its value was one it was never shown,
 * {@code p="fro"}), would leave the keyword behind for the new callee: no direct answer.
 */
final class SiblingKeywords {

    private static final Pattern DOTTED = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private final Map<String, Set<String>> byCallee;

    private SiblingKeywords(final Map<String, Set<String>> byCallee) {
        this.byCallee = byCallee;
    }

    static SiblingKeywords of(final List<CompiledRule> rules) {
        final Map<String, Set<String>> byCallee = new HashMap<>();
        for (final CompiledRule rule : rules) {
            final String pattern = rule.rule().pattern();
            final int open = pattern.indexOf('(');
            if (rule.rule().origin() != RuleOrigin.LEARNED || open <= 0 || rule.keywords().isEmpty()) {
                continue;
            }
            final String callee = pattern.substring(0, open).strip();
            if (!DOTTED.matcher(callee).matches()) {
                continue;
            }
            final Set<String> edited = new HashSet<>(rule.keywords());
            edited.removeAll(KeywordNames.of(rule.plan().templateElements()));
            if (!edited.isEmpty()) {
                byCallee.computeIfAbsent(callee, k -> new HashSet<>()).addAll(edited);
            }
        }
        return new SiblingKeywords(Map.copyOf(byCallee));
    }

    /** Whether the rule is a learned rule on a callee's name and the call after its match passes a keyword another rule edits. */
    boolean leftBehind(final CompiledRule rule, final CodeView code, final Match match) {
        if (byCallee.isEmpty() || rule.rule().origin() != RuleOrigin.LEARNED) {
            return false;
        }
        final Set<String> edited = byCallee.get(rule.rule().pattern().strip());
        if (edited == null) {
            return false;
        }
        for (final String keyword : EvidenceCheck.keywordsOfCallAfter(code, match)) {
            if (edited.contains(keyword)) {
                return true;
            }
        }
        return false;
    }
}
