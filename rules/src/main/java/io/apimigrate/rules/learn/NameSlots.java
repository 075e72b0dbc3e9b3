package io.apimigrate.rules.learn;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.RuleMatch;
import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.model.Constraint;
import io.apimigrate.rules.model.MetavariableKind;
import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.pattern.PatternCompiler;
import io.apimigrate.rules.python.PythonBuiltins;
import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.TokenKind;
import io.apimigrate.rules.python.Tokens;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generalises rules that differ only in one attribute name carried through the rewrite: when the
 * candidates hold the same change for at least two names ({@code tf.estimator.A() ->
 * tf.estimator.A(k=v)}, {@code tf.estimator.B() -> tf.estimator.B(k=v)}; {@code np.E -> E} with
 * {@code from numpy.exceptions import E}), the rule with that name as an identifier metavariable
 * joins them, unless it fires on any example's new code, or on any example's old code (no-change
 * ones included) with an edit that is no step towards its new code. A contradicted slot is tried
 * again limited to names that share a first or last word with two names seen ({@code assert_},
 * {@code _initializer}), or, when no two names share one, to names that end like one of them
 * ({@code Error} or {@code Warning}). Slots of one change after one qualifier form a family
 * that pools its names: a call shape shown for fewer names gets a slot limited to names ending
 * like the family's. Cross-validation then prices each like any other rule.
 */
final class NameSlots {

    private static final String SLOT = "NAME";
    private static final int MIN_NAMES = 2;
    /** The last word of a CamelCase or snake_case name, with its underscore. */
    private static final Pattern LAST_WORD = Pattern.compile("(?:[A-Z][a-z0-9]+|_[a-z0-9]+)$");
    /** The first word of a CamelCase or snake_case name, with its underscore. */
    private static final Pattern FIRST_WORD = Pattern.compile("^(?:[A-Z][a-z0-9]+(?=[A-Z])|[a-z0-9]+_)");
    /** A dotted chain of names ending in its dot: {@code np.}, {@code six.moves.}. */
    private static final Pattern QUALIFIER = Pattern.compile("(?:[A-Za-z_][A-Za-z0-9_]*\\.)+");
    /** Any builtin class with a lower-case name. */
    private static final String BUILTIN_CLASS = "^(?:" + String.join("|", PythonBuiltins.classes()) + ")$";

    private NameSlots() {
    }

    /** Whether the candidate generalises a name into a slot (this class's rules and namespace moves). */
    static boolean isSlot(final CandidateRule candidate) {
        return candidate.constraints().containsKey(SLOT);
    }

    /** The pattern the slot's names must match, empty for a slot open to any identifier. */
    static String limit(final CandidateRule candidate) {
        final Constraint slot = candidate.constraints().get(SLOT);
        return slot == null || slot.regex() == null ? "" : slot.regex();
    }

    /** The candidates plus each name-slot rule that two names or more share and no example contradicts. */
    static List<CandidateRule> add(final List<CandidateRule> candidates, final List<Example> examples) {
        final Map<String, Group> groups = new LinkedHashMap<>();
        for (final CandidateRule candidate : candidates) {
            if (candidate.pattern().contains("$" + SLOT) || candidate.template().contains("$" + SLOT)) {
                continue;
            }
            for (final String name : attributeNames(candidate.pattern())) {
                final CandidateRule slotted = slotted(candidate, name);
                if (slotted != null) {
                    groups.computeIfAbsent(key(slotted), k -> new Group(slotted)).add(name, candidate);
                }
            }
        }
        final Set<String> known = new HashSet<>();
        candidates.forEach(candidate -> known.add(candidate.pattern() + "\u0000" + candidate.template()));
        final List<Group> proposed = new ArrayList<>();
        for (final Group group : groups.values()) {
            final CandidateRule rule = group.rule();
            if (group.names.size() >= MIN_NAMES && known.add(rule.pattern() + "\u0000" + rule.template())) {
                proposed.add(group);
            }
        }
        final List<CandidateRule> uncontradicted = uncontradicted(valid(proposed.stream().map(Group::rule).toList()),
                examples);
        final List<CandidateRule> narrowed = new ArrayList<>();
        final Set<String> split = new HashSet<>();
        for (final Group group : proposed) {
            if (!uncontradicted.contains(group.rule())) {
                split.add(family(group.slotted));
                final List<CandidateRule> sharing = group.sharingAWord();
                narrowed.addAll(sharing.isEmpty() ? Stream.ofNullable(group.endingAlike()).toList() : sharing);
            }
        }
        final List<CandidateRule> accepted = uncontradicted.stream().filter(rule -> !split.contains(family(rule)))
                .toList();
        final List<CandidateRule> limitedSlots = new ArrayList<>(familyClasses(groups.values(), accepted, split));
        limitedSlots.addAll(builtinClasses(groups.values(), accepted));
        for (final CandidateRule limited : limitedSlots) {
            if (narrowed.stream().noneMatch(rule -> key(rule).equals(key(limited)))) {
                narrowed.add(limited);
            }
        }
        final List<CandidateRule> out = new ArrayList<>(candidates);
        out.addAll(accepted);
        out.addAll(uncontradicted(valid(narrowed), examples));
        return out;
    }

    /**
     * Each rule that makes a family's change, with the slot limited to names ending like the
     * family's names: the groups whose slotted rules make one change after one qualifier
     * ({@code tf.estimator.$NAME(optimizer=$A1)} and {@code tf.estimator.$NAME(partitioner=$A1)}, both
     * moved and given the same keyword) pool the names they were shown, so that a call shape shown
     * for one name carries over to names ending like the family's ({@code (?:Classifier|Regressor)$}).
     * Not for a group whose unlimited slot was accepted; where a family's names were shown to split
     * ({@code tf.estimator.$NAME(partitioner=$A1)} contradicted by {@code LinearEstimator}), no group
     * of it keeps an unlimited slot.
     */
    private static List<CandidateRule> familyClasses(final Collection<Group> groups, final List<CandidateRule> accepted,
            final Set<String> split) {
        final Map<String, Set<String>> familyNames = new LinkedHashMap<>();
        for (final Group group : groups) {
            familyNames.computeIfAbsent(family(group.slotted), k -> new TreeSet<>()).addAll(group.names);
        }
        final List<CandidateRule> out = new ArrayList<>();
        for (final Group group : groups) {
            final Set<String> names = familyNames.get(family(group.slotted));
            if (names.size() > group.names.size() && !accepted.contains(group.rule())
                    && (split.contains(family(group.slotted)) || group.names.size() < MIN_NAMES)) {
                final CandidateRule limited = group.endingLike(names);
                if (limited != null) {
                    out.add(limited);
                }
            }
        }
        return out;
    }

    /**
     * Each slot whose change drops a qualifier from a builtin class ({@code npy.int -> int},
     * {@code numpy.object -> object}), limited to builtin classes: the slots that make that change
     * after any qualifier pool their names and examples, so that two builtin classes shown carry the
     * change to the others ({@code npy.float -> float}). Only builtin classes, which a module may
     * alias: a function of the module named like a builtin one ({@code np.sum}) is no alias of it.
     */
    private static List<CandidateRule> builtinClasses(final Collection<Group> groups,
            final List<CandidateRule> accepted) {
        final Map<String, List<Group>> pools = new LinkedHashMap<>();
        for (final Group group : groups) {
            if (dropsQualifierFromBuiltinClasses(group)) {
                final String pattern = group.slotted.pattern();
                pools.computeIfAbsent(pattern.substring(pattern.indexOf("$" + SLOT)) + "\u0000" + group.slotted.template()
                        + "\u0000" + group.slotted.imports() + "\u0000" + group.slotted.kind() + "\u0000"
                        + new TreeMap<>(group.slotted.constraints()), k -> new ArrayList<>()).add(group);
            }
        }
        final List<CandidateRule> out = new ArrayList<>();
        for (final List<Group> pool : pools.values()) {
            final Set<String> names = new HashSet<>();
            final Set<Example> examples = new LinkedHashSet<>();
            for (final Group group : pool) {
                names.addAll(group.names);
                examples.addAll(group.examples);
            }
            if (names.size() >= MIN_NAMES) {
                for (final Group group : pool) {
                    if (!accepted.contains(group.rule())) {
                        out.add(group.limited(BUILTIN_CLASS, List.copyOf(examples)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether the group's names are all builtin classes that its rule takes out from under a dotted
     * qualifier and leaves bare, with no import of its own: {@code np.$NAME -> $NAME}.
     */
    private static boolean dropsQualifierFromBuiltinClasses(final Group group) {
        final CandidateRule rule = group.slotted;
        final String slot = "$" + SLOT;
        final int at = rule.pattern().indexOf(slot);
        if (at < 0 || !QUALIFIER.matcher(rule.pattern().substring(0, at)).matches()
                || rule.imports().stream().anyMatch(line -> line.contains(slot))
                || !group.names.stream().allMatch(PythonBuiltins::isClass)) {
            return false;
        }
        for (int i = rule.template().indexOf(slot); i >= 0; i = rule.template().indexOf(slot, i + 1)) {
            if (i > 0 && rule.template().charAt(i - 1) == '.') {
                return false;
            }
        }
        return rule.template().contains(slot);
    }

    /** The change a slotted rule makes and the qualifier before its slot. */
    private static String family(final CandidateRule slotted) {
        final int slot = slotted.pattern().indexOf("$" + SLOT);
        return Signature.of(slotted) + "\u0000" + slotted.pattern().substring(0, Math.max(slot, 0));
    }

    private static List<CandidateRule> valid(final List<CandidateRule> rules) {
        return rules.stream().filter(ExampleRules::valid).toList();
    }

    /**
     * Names at the end of a dotted chain of literal names ({@code estimator} and {@code A} in
     * {@code tf.estimator.A()}; not {@code f} in {@code $X.f()} nor {@code g} in {@code $X.m.g}):
     * a slot stays qualified by names the rule spells out.
     */
    private static Set<String> attributeNames(final String pattern) {
        final List<Element> elements = PatternCompiler.compile(pattern).elements();
        final Set<String> names = new LinkedHashSet<>();
        for (int i = 2; i < elements.size(); i++) {
            if (isName(elements.get(i)) && isDot(elements.get(i - 1)) && literalChainBefore(elements, i - 2)) {
                names.add(((Element.Literal) elements.get(i)).text());
            }
        }
        importedName(elements).ifPresent(names::add);
        return names;
    }

    /**
     * The one name a {@code from a.b import name} pattern imports: a module's names move like its
     * attributes do.
     */
    private static Optional<String> importedName(final List<Element> elements) {
        final int last = elements.size() - 1;
        if (last < 3 || !isKeyword(elements.get(0), "from") || !isKeyword(elements.get(last - 1), "import")
                || !isName(elements.get(last)) || !literalChainBefore(elements, last - 2)) {
            return Optional.empty();
        }
        return Optional.of(((Element.Literal) elements.get(last)).text());
    }

    private static boolean isKeyword(final Element element, final String keyword) {
        return element instanceof Element.Literal literal && literal.text().equals(keyword);
    }

    /** Whether element {@code at} and the chain {@code a.b.} before it are all literal names. */
    private static boolean literalChainBefore(final List<Element> elements, final int at) {
        int j = at;
        while (isName(elements.get(j)) && j >= 2 && isDot(elements.get(j - 1))) {
            j -= 2;
        }
        return isName(elements.get(j)) && (j == 0 || !isDot(elements.get(j - 1)));
    }

    private static boolean isDot(final Element element) {
        return element instanceof Element.Literal dot && dot.text().equals(".");
    }

    private static boolean isName(final Element element) {
        return element instanceof Element.Literal literal && literal.name();
    }

    /** The candidate with {@code name} as {@code $NAME} everywhere, or null when its output does not carry the name. */
    private static CandidateRule slotted(final CandidateRule candidate, final String name) {
        final String template = replaceNames(candidate.template(), PatternCompiler.template(candidate.template()), name);
        final List<String> imports = new ArrayList<>();
        boolean inImports = false;
        for (final String line : candidate.imports()) {
            final String replaced = replaceNameTokens(line, name);
            inImports |= !replaced.equals(line);
            imports.add(replaced);
        }
        if (template.equals(candidate.template()) && !inImports) {
            return null;
        }
        final String pattern = replaceNames(candidate.pattern(), PatternCompiler.compile(candidate.pattern()).elements(),
                name);
        final Map<String, Constraint> constraints = new HashMap<>(candidate.constraints());
        constraints.put(SLOT, Constraint.of(MetavariableKind.IDENTIFIER));
        return new CandidateRule(pattern, template, constraints, candidate.kind(), imports, candidate.examples());
    }

    private static String replaceNames(final String text, final List<Element> elements, final String name) {
        final StringBuilder out = new StringBuilder(text);
        for (int i = elements.size() - 1; i >= 0; i--) {
            if (elements.get(i) instanceof Element.Literal literal && literal.name() && literal.text().equals(name)) {
                out.replace(literal.start(), literal.end(), "$" + SLOT);
            }
        }
        return out.toString();
    }

    private static String replaceNameTokens(final String line, final String name) {
        final Tokens tokens = PythonLexer.lex(line);
        final StringBuilder out = new StringBuilder(line);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.kind(i) == TokenKind.NAME && tokens.textEquals(i, name)) {
                out.replace(tokens.start(i), tokens.end(i), "$" + SLOT);
            }
        }
        return out.toString();
    }

    private static String key(final CandidateRule rule) {
        return rule.pattern() + "\u0000" + rule.template() + "\u0000" + rule.imports() + "\u0000" + rule.kind()
                + "\u0000" + new TreeMap<>(rule.constraints());
    }

    /**
     * The proposed rules whose every firing on the examples is a step towards the example's new
     * code, and that never fire on an example's new code: migrated code must stay as it is when
     * rewritten again, also where another rule produced it ({@code tf.contrib.util.constant_value}
     * -> {@code tf.get_static_value} stops {@code tf.$NAME} on names starting {@code get_}).
     */
    static List<CandidateRule> uncontradicted(final List<CandidateRule> proposed, final List<Example> examples) {
        if (proposed.isEmpty()) {
            return List.of();
        }
        final List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < proposed.size(); i++) {
            rules.add(ExampleRules.provisional(Integer.toString(i), proposed.get(i)));
        }
        final MigrationEngine all = MigrationEngine.of(RuleSet.of(rules), RoutingThresholds.DEFAULT);
        final Set<Integer> contradicted = new HashSet<>();
        for (final Example example : examples) {
            for (final RuleMatch match : all.matches(example.newCode())) {
                contradicted.add(Integer.parseInt(match.ruleId()));
            }
            final Set<String> fired = new LinkedHashSet<>();
            for (final RuleMatch match : all.matches(example.oldCode())) {
                fired.add(match.ruleId());
            }
            for (final String id : fired) {
                final int index = Integer.parseInt(id);
                if (contradicted.contains(index)) {
                    continue;
                }
                final String output = MigrationEngine.of(RuleSet.of(List.of(rules.get(index))),
                        RoutingThresholds.DEFAULT).migrate(example.oldCode()).output();
                if (!TokenDistance.stepTowards(example.oldCode(), output, example.newCode())) {
                    contradicted.add(index);
                }
            }
        }
        final List<CandidateRule> out = new ArrayList<>();
        for (int i = 0; i < proposed.size(); i++) {
            if (!contradicted.contains(i)) {
                out.add(proposed.get(i));
            }
        }
        return out;
    }

    /** Candidates that make one change for different names: the slotted rule and its examples. */
    private static final class Group {
        private final CandidateRule slotted;
        private final Set<String> names = new LinkedHashSet<>();
        private final Set<Example> examples = new LinkedHashSet<>();

        Group(final CandidateRule slotted) {
            this.slotted = slotted;
        }

        void add(final String name, final CandidateRule candidate) {
            names.add(name);
            examples.addAll(candidate.examples());
        }

        CandidateRule rule() {
            return slotted.withExamples(List.copyOf(examples));
        }

        /**
         * The rule with the slot limited to names ending in one of the last words of the names
         * seen ({@code DTypePromotionError}, {@code ModuleDeprecationWarning}: {@code (?:Error|Warning)$}),
         * or null when some name has no such word.
         */
        CandidateRule endingAlike() {
            return endingLike(names);
        }

        /** The rule with the slot limited to names ending in one of the last words of {@code seen}, or null. */
        CandidateRule endingLike(final Set<String> seen) {
            final Set<String> words = new TreeSet<>();
            for (final String name : seen) {
                final Matcher word = LAST_WORD.matcher(name);
                if (!word.find() || word.start() == 0) {
                    return null;
                }
                words.add(Pattern.quote(word.group()));
            }
            return limited(words.size() == 1 ? words.iterator().next() + "$" : "(?:" + String.join("|", words) + ")$",
                    List.copyOf(examples));
        }

        /**
         * For each first or last word that two names seen or more share ({@code assert_} in
         * {@code assert_equal} and {@code assert_positive}; {@code _initializer}), the rule with
         * the slot limited to names that begin or end with it.
         */
        List<CandidateRule> sharingAWord() {
            final Map<String, Integer> shared = new TreeMap<>();
            for (final String name : names) {
                final Matcher first = FIRST_WORD.matcher(name);
                if (first.find() && first.end() < name.length()) {
                    shared.merge("^" + Pattern.quote(first.group()), 1, Integer::sum);
                }
                final Matcher last = LAST_WORD.matcher(name);
                if (last.find() && last.start() > 0) {
                    shared.merge(Pattern.quote(last.group()) + "$", 1, Integer::sum);
                }
            }
            final List<CandidateRule> out = new ArrayList<>();
            shared.forEach((regex, count) -> {
                if (count >= MIN_NAMES) {
                    out.add(limited(regex, List.copyOf(examples)));
                }
            });
            return out;
        }

        /** The slotted rule with the slot limited to names {@code regex} finds, taught by {@code by}. */
        CandidateRule limited(final String regex, final List<Example> by) {
            final Map<String, Constraint> constraints = new HashMap<>(slotted.constraints());
            constraints.put(SLOT, Constraint.identifierMatching(regex));
            return new CandidateRule(slotted.pattern(), slotted.template(), constraints, slotted.kind(),
                    slotted.imports(), by);
        }
    }
}
