package io.apimigrate.rules;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.CompiledRule;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.pattern.KeywordNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What other learned rules of a callee do to its arguments, by the callee's last name: the
 * keywords they rename or drop ({@code p} for {@code torch.norm($$$M1, p=$A1, $$$M2)}) and the
 * first positional argument they turn into a keyword or move out of the call ({@code x} at
 * position 1 for {@code $X.simps($A1, $A2)} -> {@code $X.simpson($A1, x=$A2)}; the lookup table's
 * size for {@code cm.get_cmap($A1, $A2)} -> {@code colormaps.get_cmap($A1).resampled($A2)}). A rule on the callee's name alone
 * ({@code torch.norm} -> {@code torch.linalg.vector_norm}, {@code simps} -> {@code simpson}) that
 * matches a call passing such an argument, where that argument's own rule did not match, would
 * leave the argument as it was for the new callee: no direct answer. So would a call passing more
 * positional arguments than a rule of the same library passes before a keyword it edits: the extra
 * one may be that keyword ({@code torch.cholesky(A, True)} beside {@code torch.cholesky($A1, upper=True)}).
 */
final class SiblingKeywords {

    /** The keywords edited and the first positional argument made a keyword or moved (-1: none) for one callee. */
    private static final class Edits {
        private final Set<String> keywords = new HashSet<>();
        private int firstPositional = -1;
        private final Map<String, Integer> positionalsBeforeKeyword = new HashMap<>();
    }

    private final Map<String, Edits> byCallee;

    private SiblingKeywords(final Map<String, Edits> byCallee) {
        this.byCallee = byCallee;
    }

    static SiblingKeywords of(final List<CompiledRule> rules) {
        final Map<String, Edits> byCallee = new HashMap<>();
        for (final CompiledRule rule : rules) {
            final List<Element> pattern = rule.matcher().pattern().elements();
            final int open = calleeEnd(pattern);
            if (rule.rule().origin() != RuleOrigin.LEARNED || open < 0) {
                continue;
            }
            final Set<String> kept = KeywordNames.of(rule.plan().templateElements());
            final Set<String> edited = new HashSet<>(rule.keywords());
            edited.removeAll(kept);
            final int positional = firstMadeKeyword(pattern, open, rule.plan().templateElements());
            if (edited.isEmpty() && positional < 0) {
                continue;
            }
            final Edits edits = byCallee.computeIfAbsent(((Element.Literal) pattern.get(open - 1)).text(), k -> new Edits());
            edits.keywords.addAll(edited);
            final int before = positionalsBefore(pattern, open, edited);
            if (before >= 0) {
                edits.positionalsBeforeKeyword.merge(rule.rule().library(), before, Math::min);
            }
            if (positional >= 0 && (edits.firstPositional < 0 || positional < edits.firstPositional)) {
                edits.firstPositional = positional;
            }
        }
        return new SiblingKeywords(Map.copyOf(byCallee));
    }

    /**
     * Whether the rule is a learned rule on a callee's name alone and the call after its match passes
     * a keyword another rule of the callee edits, a positional argument another rule makes a keyword or
     * moves, or more positional arguments than another rule of its library passes before a keyword it
     * edits.
     */
    boolean leftBehind(final CompiledRule rule, final CodeView code, final Match match) {
        if (byCallee.isEmpty() || rule.rule().origin() != RuleOrigin.LEARNED) {
            return false;
        }
        final List<Element> pattern = rule.matcher().pattern().elements();
        if (pattern.isEmpty() || !(pattern.get(pattern.size() - 1) instanceof Element.Literal last) || !last.name()) {
            return carriesAnEditedKeyword(rule, pattern, code, match);
        }
        final Edits edits = byCallee.get(last.text());
        if (edits == null) {
            return false;
        }
        for (final String keyword : EvidenceCheck.keywordsOfCallAfter(code, match)) {
            if (edits.keywords.contains(keyword)) {
                return true;
            }
        }
        final int positionals = EvidenceCheck.positionalsOfCallAfter(code, match);
        return edits.firstPositional >= 0 && positionals > edits.firstPositional
                || positionals > edits.positionalsBeforeKeyword.getOrDefault(rule.rule().library(), Integer.MAX_VALUE);
    }

    /**
     * Whether a learned rule that renames its call's callee and carries a run of its arguments
     * ({@code $X.sort($$$K1, ascending=$K, $$$K2)} -> {@code $X.sort_values(...)}) matched a call
     * that passes, in that run, a keyword another rule of the callee edits ({@code columns} ->
     * {@code by}): the new callee would get the old keyword.
     */
    private boolean carriesAnEditedKeyword(final CompiledRule rule, final List<Element> pattern, final CodeView code,
            final Match match) {
        final int open = calleeEnd(pattern);
        if (open < 0 || pattern.stream().noneMatch(Element.Multi.class::isInstance)) {
            return false;
        }
        final Edits edits = byCallee.get(((Element.Literal) pattern.get(open - 1)).text());
        if (edits == null || !renamesCallee(pattern, open, rule.plan().templateElements())) {
            return false;
        }
        for (final String keyword : code.callKeywords(match.elementStart()[open])) {
            if (edits.keywords.contains(keyword) && !rule.keywords().contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the template's first call is not the pattern's callee (up to {@code open}) spelled the same. */
    private static boolean renamesCallee(final List<Element> pattern, final int open, final List<Element> template) {
        final int templateOpen = calleeEnd(template);
        if (templateOpen != open) {
            return true;
        }
        for (int k = 0; k < open; k++) {
            final Element a = pattern.get(k);
            final Element b = template.get(k);
            final boolean same = a instanceof Element.Literal x && b instanceof Element.Literal y ? x.text().equals(y.text())
                    : a instanceof Element.Single u && b instanceof Element.Single v && u.name().equals(v.name());
            if (!same) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many arguments the call at {@code open} passes before the first of the keywords; -1 when a
     * {@code $$$} run comes first or none of them is passed. A call that passes more positional
     * arguments may pass that keyword's value by position ({@code torch.cholesky(A, True)} beside
     * {@code torch.cholesky($A1, upper=True)}).
     */
    private static int positionalsBefore(final List<Element> pattern, final int open, final Set<String> keywords) {
        int count = 0;
        int depth = 0;
        boolean argument = false;
        for (int k = open + 1; k < pattern.size(); k++) {
            final Element element = pattern.get(k);
            if (element instanceof Element.Multi) {
                return -1;
            }
            if (!(element instanceof Element.Literal literal)) {
                argument = true;
                continue;
            }
            final String text = literal.text();
            if ("(".equals(text) || "[".equals(text) || "{".equals(text)) {
                depth++;
            } else if (")".equals(text) || "]".equals(text) || "}".equals(text)) {
                if (depth-- == 0) {
                    return -1;
                }
            } else if (depth == 0 && ",".equals(text)) {
                count++;
                argument = false;
                continue;
            } else if (depth == 0 && literal.name() && keywords.contains(text) && !argument
                    && isLiteral(pattern, k + 1, "=")) {
                return count;
            }
            argument = true;
        }
        return -1;
    }

    /**
     * The index of the {@code (} after the pattern's callee, a dotted name that may start with a
     * receiver metavariable ({@code torch.norm(}, {@code $X.simps(}); -1 when the pattern is no call.
     */
    static int calleeEnd(final List<Element> pattern) {
        int k = pattern.size() > 1 && pattern.get(0) instanceof Element.Single && isLiteral(pattern, 1, ".") ? 2 : 0;
        if (!isName(pattern, k)) {
            return -1;
        }
        k++;
        while (isLiteral(pattern, k, ".") && isName(pattern, k + 1)) {
            k += 2;
        }
        return isLiteral(pattern, k, "(") ? k : -1;
    }

    private static boolean isLiteral(final List<Element> elements, final int k, final String text) {
        return k < elements.size() && elements.get(k) instanceof Element.Literal literal && text.equals(literal.text());
    }

    private static boolean isName(final List<Element> elements, final int k) {
        return k < elements.size() && elements.get(k) instanceof Element.Literal literal && literal.name();
    }

    /**
     * The position of the first argument of the call at {@code open} that the pattern takes as a
     * plain metavariable and the template passes as a keyword's value or not at that position of its
     * first call; -1 when there is none before a keyword argument or a {@code $$$} run.
     */
    private static int firstMadeKeyword(final List<Element> pattern, final int open, final List<Element> template) {
        final List<String> arguments = positionalArguments(pattern, open);
        final List<String> passed = positionalArguments(template, calleeEnd(template));
        for (int position = 0; position < arguments.size(); position++) {
            final String name = arguments.get(position);
            if (!name.isEmpty() && (keywordValue(template, name)
                    || position >= passed.size() || !name.equals(passed.get(position)))) {
                return position;
            }
        }
        return -1;
    }

    /**
     * The positional arguments of the call whose bracket is at {@code open}, in order: the name of a
     * metavariable passed alone, else an empty string; they end at the call's end, at its first
     * keyword argument or at a {@code $$$} run. Empty when {@code open} is -1.
     */
    private static List<String> positionalArguments(final List<Element> elements, final int open) {
        final List<String> out = new ArrayList<>();
        if (open < 0) {
            return out;
        }
        String current = "";
        int depth = 0;
        for (int k = open + 1; k < elements.size(); k++) {
            final Element element = elements.get(k);
            if (element instanceof Element.Literal literal) {
                final String text = literal.text();
                if ("(".equals(text) || "[".equals(text) || "{".equals(text)) {
                    depth++;
                } else if (")".equals(text) || "]".equals(text) || "}".equals(text)) {
                    if (depth-- == 0) {
                        out.add(current);
                        return out;
                    }
                } else if (",".equals(text) && depth == 0) {
                    out.add(current);
                    current = "";
                } else if ("=".equals(text) && depth == 0) {
                    return out;
                }
            } else if (element instanceof Element.Multi) {
                return out;
            } else if (element instanceof Element.Single single && depth == 0 && isPlainArgument(elements, k)) {
                current = single.name();
            }
        }
        return out;
    }

    private static boolean isPlainArgument(final List<Element> pattern, final int k) {
        final boolean before = pattern.get(k - 1) instanceof Element.Literal literal
                && ("(".equals(literal.text()) || ",".equals(literal.text()));
        final boolean after = k + 1 < pattern.size() && pattern.get(k + 1) instanceof Element.Literal literal
                && (")".equals(literal.text()) || ",".equals(literal.text()));
        return before && after;
    }

    private static boolean keywordValue(final List<Element> template, final String name) {
        for (int j = 2; j < template.size(); j++) {
            if (template.get(j) instanceof Element.Single single && single.name().equals(name)
                    && template.get(j - 1) instanceof Element.Literal equals && "=".equals(equals.text())
                    && template.get(j - 2) instanceof Element.Literal keyword && keyword.name()) {
                return true;
            }
        }
        return false;
    }
}
