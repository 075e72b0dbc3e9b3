package io.apimigrate.rules.learn;

import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.model.Constraint;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.pattern.PatternCompiler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generalises a call's whole argument list when the examples carry it over as it is: when
 * candidates of one change pass different argument lists, each copied unchanged to the end of a
 * call in the new code ({@code ds.make_one_shot_iterator()} -> {@code
 * tf.compat.v1.data.make_one_shot_iterator(ds)}, and with {@code (shared_name=foo)} -> {@code (ds,
 * shared_name=foo)}) or to its start, before arguments the rewrite adds ({@code np.recfromcsv(f)}
 * -> {@code np.genfromtxt(f, delimiter=",")}, and with {@code (f, usecols=c)}), the rule with a
 * {@code $$$ARGS} run in their place joins them. Only whole
 * lists of plain arguments are carried, never a tail after a changed one, and the rule must make a
 * right step on each of its examples and contradict no example.
 */
final class ArgumentLists {

    private static final String RUN = "$$$ARGS";
    /** {@code $X.name(} at the start of a pattern: the receiver's metavariable and the method's name. */
    private static final Pattern RECEIVER_CALL = Pattern.compile("\\$([A-Z][A-Z0-9_]*)\\.([A-Za-z_]\\w*)\\(");

    private ArgumentLists() {
    }

    /** The candidates plus each argument-list rule that two different argument lists or more support. */
    static List<CandidateRule> add(final List<CandidateRule> candidates, final List<Example> examples) {
        final Map<String, Group> groups = new LinkedHashMap<>();
        for (final CandidateRule candidate : candidates) {
            if (candidate.pattern().contains("$$$") || candidate.template().contains("$$$")) {
                continue;
            }
            for (final Carried carried : carried(candidate)) {
                groups.computeIfAbsent(carried.pattern() + "\u0000" + carried.template() + "\u0000" + candidate.imports()
                        + "\u0000" + candidate.kind() + "\u0000" + candidate.constraints(),
                        k -> new Group(carried, candidate)).add(carried.arguments(), candidate);
            }
        }
        final Set<String> known = new HashSet<>();
        candidates.forEach(candidate -> known.add(candidate.pattern() + "\u0000" + candidate.template()));
        final List<CandidateRule> proposed = new ArrayList<>();
        for (final Group group : groups.values()) {
            final CandidateRule rule = group.rule();
            if (group.arguments.size() >= 2 && known.add(rule.pattern() + "\u0000" + rule.template())
                    && RuleMerger.reproducesEach(rule, group.members)) {
                proposed.add(notOnModulePaths(rule, examples));
            }
        }
        final List<CandidateRule> out = new ArrayList<>(candidates);
        out.addAll(NameSlots.uncontradicted(proposed, examples));
        return out;
    }

    /**
     * The rule with its receiver {@code $X} in {@code $X.name($$$ARGS)} kept off each dotted path
     * that other examples call {@code name} on as a module function ({@code tf.data} where they
     * show {@code tf.data.make_one_shot_iterator(ds, x)}): a run of any arguments would take the
     * module path for a value and the first argument for the rest.
     */
    private static CandidateRule notOnModulePaths(final CandidateRule rule, final List<Example> examples) {
        final Matcher head = RECEIVER_CALL.matcher(rule.pattern());
        if (!head.lookingAt()) {
            return rule;
        }
        final String receiver = head.group(1);
        final Pattern call = Pattern.compile("(?<![\\w.])((?:[A-Za-z_]\\w*\\.)*[A-Za-z_]\\w*)\\s*\\.\\s*"
                + Pattern.quote(head.group(2)) + "\\s*\\(");
        final Set<String> paths = new TreeSet<>();
        for (final Example example : examples) {
            if (rule.examples().contains(example)) {
                continue;
            }
            for (final String code : List.of(example.oldCode(), example.newCode())) {
                final Matcher m = call.matcher(code);
                while (m.find()) {
                    if (m.group(1).indexOf('.') > 0) {
                        paths.add(m.group(1));
                    }
                }
            }
        }
        final Map<String, Constraint> constraints = new HashMap<>(rule.constraints());
        final Constraint existing = constraints.get(receiver);
        final String before = existing == null || existing.regex() == null ? "^" : existing.regex();
        final StringBuilder guard = new StringBuilder();
        for (final String path : paths) {
            final String refusal = "(?!" + Pattern.quote(path) + "$)";
            if (!before.contains(refusal)) {
                guard.append(refusal);
            }
        }
        if (guard.isEmpty()) {
            return rule;
        }
        final String regex = before + guard;
        constraints.put(receiver, new Constraint(existing == null ? null : existing.kind(), regex));
        return new CandidateRule(rule.pattern(), rule.template(), constraints, rule.kind(), rule.imports(),
                rule.examples());
    }

    /**
     * Each way the candidate's first call with plain arguments has its argument list copied to the
     * end of a call in the template: the pattern and template with the list as {@code $$$ARGS}.
     */
    private static List<Carried> carried(final CandidateRule candidate) {
        final List<Element> p = PatternCompiler.compile(candidate.pattern()).elements();
        final List<Element> t = PatternCompiler.template(candidate.template());
        final int open = firstFlatCall(p);
        if (open < 0) {
            return List.of();
        }
        final int close = closing(p, open);
        final List<Element> arguments = p.subList(open + 1, close);
        if (!plain(arguments) || metavariablesOutside(p, open, close, arguments)) {
            return List.of();
        }
        final String argumentText = candidate.pattern().substring(p.get(open).end(), p.get(close).start()).strip();
        final String pattern = candidate.pattern().substring(0, p.get(open).end()) + RUN
                + candidate.pattern().substring(p.get(close).start());
        final List<Carried> out = new ArrayList<>();
        for (int tOpen = 0; tOpen < t.size(); tOpen++) {
            if (!opensCall(t, tOpen)) {
                continue;
            }
            final int tClose = closing(t, tOpen);
            if (tClose < 0) {
                continue;
            }
            final Carried leading = leading(candidate, t, tOpen, tClose, arguments, pattern, argumentText);
            if (leading != null) {
                out.add(leading);
            }
            if (!endsWith(t.subList(tOpen + 1, tClose), arguments)
                    || metavariablesOutside(t, tClose - arguments.size() - 1, tClose, arguments)) {
                continue;
            }
            final int fixedEnd = tClose - arguments.size();
            final String fixed;
            if (arguments.isEmpty()) {
                fixed = fixedEnd == tOpen + 1 ? "" : candidate.template().substring(t.get(tOpen).end(),
                        t.get(fixedEnd - 1).end()).strip() + ", ";
            } else if (fixedEnd == tOpen + 1) {
                fixed = "";
            } else if (literal(t.get(fixedEnd - 1), ",")) {
                fixed = candidate.template().substring(t.get(tOpen).end(), t.get(fixedEnd - 1).end()).strip() + " ";
            } else {
                continue;
            }
            final String template = candidate.template().substring(0, t.get(tOpen).end()) + fixed + RUN
                    + candidate.template().substring(t.get(tClose).start());
            out.add(new Carried(pattern, template, argumentText));
        }
        return out;
    }

    /**
     * The list copied to the start of the call at {@code tOpen} and followed there by arguments the
     * rewrite adds ({@code np.recfromcsv(f, usecols=c)} -> {@code np.genfromtxt(f, usecols=c,
     * delimiter=",")}): the template with the list as {@code $$$ARGS} before them; null otherwise.
     * The rule's evidence then holds such a run to the positional count and keywords its examples
     * showed ({@code evidence.run_positionals}, {@code run_keywords}).
     */
    private static Carried leading(final CandidateRule candidate, final List<Element> t, final int tOpen, final int tClose,
            final List<Element> arguments, final String pattern, final String argumentText) {
        final int added = tOpen + 1 + arguments.size();
        if (arguments.isEmpty() || added >= tClose || !literal(t.get(added), ",")
                || !startsWith(t.subList(tOpen + 1, tClose), arguments)
                || metavariablesOutside(t, tOpen, added, arguments)) {
            return null;
        }
        final String template = candidate.template().substring(0, t.get(tOpen).end()) + RUN
                + candidate.template().substring(t.get(added).start());
        return new Carried(pattern, template, argumentText);
    }

    private static boolean startsWith(final List<Element> inside, final List<Element> arguments) {
        if (arguments.size() > inside.size()) {
            return false;
        }
        for (int i = 0; i < arguments.size(); i++) {
            if (!same(inside.get(i), arguments.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The first '(' that opens a call's argument list holding no brackets, or -1. */
    private static int firstFlatCall(final List<Element> p) {
        for (int i = 1; i < p.size(); i++) {
            if (opensCall(p, i)) {
                final int close = closing(p, i);
                if (close > 0 && p.subList(i + 1, close).stream().noneMatch(ArgumentLists::bracket)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether element {@code i} is a '(' after a name, a metavariable or a closing bracket. */
    private static boolean opensCall(final List<Element> elements, final int i) {
        return i > 0 && literal(elements.get(i), "(") && (elements.get(i - 1) instanceof Element.Single
                || elements.get(i - 1) instanceof Element.Literal l && (l.name() || literal(l, ")") || literal(l, "]")));
    }

    /** Arguments that are metavariables or {@code name=$X} keywords, comma-separated. */
    private static boolean plain(final List<Element> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            final Element element = arguments.get(i);
            final boolean ok = element instanceof Element.Single single && !single.wildcard()
                    || literal(element, ",") || literal(element, "=")
                    || element instanceof Element.Literal l && l.name() && i + 1 < arguments.size()
                    && literal(arguments.get(i + 1), "=");
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether a metavariable of the argument list also stands outside {@code (from, to)}. */
    private static boolean metavariablesOutside(final List<Element> elements, final int from, final int to,
            final List<Element> arguments) {
        final Set<String> names = new LinkedHashSet<>();
        arguments.forEach(a -> {
            if (a instanceof Element.Single single) {
                names.add(single.name());
            }
        });
        for (int i = 0; i < elements.size(); i++) {
            if ((i <= from || i >= to) && elements.get(i) instanceof Element.Single single
                    && names.contains(single.name())) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(final List<Element> inside, final List<Element> arguments) {
        if (arguments.size() > inside.size()) {
            return false;
        }
        final List<Element> tail = inside.subList(inside.size() - arguments.size(), inside.size());
        for (int i = 0; i < arguments.size(); i++) {
            if (!same(tail.get(i), arguments.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(final Element a, final Element b) {
        if (a instanceof Element.Literal x && b instanceof Element.Literal y) {
            return x.text().equals(y.text());
        }
        return a instanceof Element.Single x && b instanceof Element.Single y && x.name().equals(y.name());
    }

    private static int closing(final List<Element> elements, final int open) {
        int depth = 0;
        for (int i = open; i < elements.size(); i++) {
            if (bracket(elements.get(i))) {
                final String text = ((Element.Literal) elements.get(i)).text();
                depth += "([{".contains(text) ? 1 : -1;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean bracket(final Element element) {
        return element instanceof Element.Literal l && l.text().length() == 1 && "()[]{}".contains(l.text());
    }

    private static boolean literal(final Element element, final String text) {
        return element instanceof Element.Literal l && l.text().equals(text);
    }

    /** A candidate's pattern and template with its argument list as a run, and the list it had. */
    private record Carried(String pattern, String template, String arguments) {
    }

    /** Candidates that carry different argument lists through one change. */
    private static final class Group {
        private final Carried carried;
        private final CandidateRule first;
        private final Set<String> arguments = new LinkedHashSet<>();
        private final List<Example> examples = new ArrayList<>();
        private final List<CandidateRule> members = new ArrayList<>();

        Group(final Carried carried, final CandidateRule first) {
            this.carried = carried;
            this.first = first;
        }

        void add(final String argumentText, final CandidateRule candidate) {
            arguments.add(argumentText);
            members.add(candidate);
            candidate.examples().stream().filter(e -> !examples.contains(e)).forEach(examples::add);
        }

        CandidateRule rule() {
            return new CandidateRule(carried.pattern(), carried.template(), first.constraints(), first.kind(),
                    first.imports(), examples);
        }
    }
}
