package io.apimigrate.rules.learn;

import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.model.Constraint;
import io.apimigrate.rules.model.RuleKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generalises a keyword edit over the calls that make it: when keyword-only rules make the same
 * edit ({@code size_average=False} -> {@code reduction="sum"}) in calls of at least two different
 * callees ({@code nn.MSELoss}, {@code F.binary_cross_entropy}), the rule with the callee as
 * {@code $CALLEE} joins them, unless an example contradicts it ({@link NameSlots#uncontradicted}).
 * Cross-validation prices it apart from the rules learned as shown, and since it matches any call
 * that passes the keyword, the engine lets it guide the generator only, never answer directly.
 */
final class KeywordEdits {

    private static final Pattern CANONICAL = Pattern.compile("(.+?)\\(\\$\\$\\$M1, (.+), \\$\\$\\$M2\\)", Pattern.DOTALL);
    private static final Pattern METAVARIABLE = Pattern.compile("\\$+([A-Z][A-Z0-9_]*)");
    private static final int MIN_CALLEES = 2;

    private KeywordEdits() {
    }

    /** Whether the candidate is such a rule: its callee is {@code $CALLEE}. */
    static boolean anyCallee(final CandidateRule candidate) {
        return candidate.pattern().startsWith("$CALLEE(");
    }

    /** The candidates plus each keyword edit that two callees or more share and no example contradicts. */
    static List<CandidateRule> add(final List<CandidateRule> candidates, final List<Example> examples) {
        final Map<String, Set<String>> callees = new LinkedHashMap<>();
        final Map<String, CandidateRule> general = new LinkedHashMap<>();
        for (final CandidateRule candidate : candidates) {
            final Matcher pattern = CANONICAL.matcher(candidate.pattern());
            final Matcher template = CANONICAL.matcher(candidate.template());
            if (!candidate.imports().isEmpty() || !pattern.matches() || !template.matches()
                    || !pattern.group(1).equals(template.group(1))) {
                continue;
            }
            final Set<String> calleeVariables = names(pattern.group(1));
            if (!disjoint(calleeVariables, names(pattern.group(2))) || !disjoint(calleeVariables, names(template.group(2)))) {
                continue;
            }
            final Map<String, Constraint> constraints = new HashMap<>(candidate.constraints());
            constraints.keySet().removeAll(calleeVariables);
            final String key = pattern.group(2) + "\u0000" + template.group(2) + "\u0000" + constraints;
            callees.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(pattern.group(1));
            final CandidateRule known = general.get(key);
            final List<Example> joined = new ArrayList<>(known == null ? List.of() : known.examples());
            candidate.examples().stream().filter(e -> !joined.contains(e)).forEach(joined::add);
            general.put(key, new CandidateRule("$CALLEE($$$M1, " + pattern.group(2) + ", $$$M2)",
                    "$CALLEE($$$M1, " + template.group(2) + ", $$$M2)", constraints, RuleKind.KEYWORD_RENAME, List.of(),
                    joined));
        }
        final Set<String> known = new HashSet<>();
        candidates.forEach(candidate -> known.add(candidate.pattern() + "\u0000" + candidate.template()));
        final List<CandidateRule> proposed = new ArrayList<>();
        general.forEach((key, rule) -> {
            if (callees.get(key).size() >= MIN_CALLEES && ExampleRules.valid(rule)
                    && known.add(rule.pattern() + "\u0000" + rule.template())) {
                proposed.add(rule);
            }
        });
        final List<CandidateRule> out = new ArrayList<>(candidates);
        out.addAll(NameSlots.uncontradicted(proposed, examples));
        return out;
    }

    private static Set<String> names(final String text) {
        final Set<String> names = new HashSet<>();
        final Matcher matcher = METAVARIABLE.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static boolean disjoint(final Set<String> a, final Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }
}
