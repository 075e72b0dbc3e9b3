package io.apimigrate.rules.pattern;

import io.apimigrate.rules.python.PythonSyntax;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The other orders of a pattern's adjacent keyword arguments. Python binds keyword arguments by name,
 * so {@code $X.set_xlim(xmax=$A2, xmin=$A1)} calls what {@code $X.set_xlim(xmin=$A1, xmax=$A2)} calls,
 * and a rule learned from one order holds for the others. Each variant pairs a reordered pattern with
 * its template, where the keyword arguments that pass the same metavariables are reordered alike
 * ({@code left=$A1, right=$A2} becomes {@code right=$A2, left=$A1}), so that a rewrite keeps the
 * code's order. A variant whose template would evaluate the reordered arguments' metavariables in
 * another order than the code does is left out, as are argument lists holding a {@code lambda} or a
 * generator (whose commas are not the list's), definitions' parameter lists, and runs nested in runs.
 */
public final class KeywordOrders {

    /** The most variants one rule gets; a rule with more orders than this gets none. */
    static final int MAX_VARIANTS = 23;
    private static final int MAX_RUN = 4;

    private KeywordOrders() {
    }

    /** A pattern with its keyword arguments in another order, and its template to match. */
    public record Variant(String pattern, String template) {
    }

    /** One keyword argument: its name, the metavariable that is its whole value (or null), its text span. */
    private record Keyword(String name, String meta, int start, int end) {
    }

    /** A call's argument list: where it opens, and its keyword arguments in runs of adjacent ones. */
    private record ArgumentList(int open, List<List<Keyword>> runs) {
    }

    /** The variants of a pattern and template that compile (see the class comment), without the given order. */
    public static List<Variant> of(final String pattern, final String template) {
        final List<List<Keyword>> runs = new ArrayList<>();
        for (final ArgumentList list : argumentLists(PatternCompiler.compile(pattern).elements())) {
            for (final List<Keyword> run : list.runs()) {
                if (run.size() >= 2 && run.size() <= MAX_RUN) {
                    runs.add(run);
                }
            }
        }
        if (runs.isEmpty() || orders(runs) - 1 > MAX_VARIANTS) {
            return List.of();
        }
        final List<ArgumentList> templateLists = argumentLists(PatternCompiler.template(template));
        final List<List<Keyword>> mirrors = new ArrayList<>();
        for (final List<Keyword> run : runs) {
            mirrors.add(mirror(run, templateLists));
        }
        final Set<Variant> out = new LinkedHashSet<>();
        for (final int[][] choice : choices(runs)) {
            final Variant variant = apply(pattern, template, runs, mirrors, choice);
            if (variant != null && !variant.pattern().equals(pattern) && keepsOrder(variant, runs, choice)) {
                out.add(variant);
            }
        }
        return List.copyOf(out);
    }

    /** The argument lists of every call among the elements (not those of a {@code def} or {@code class}). */
    private static List<ArgumentList> argumentLists(final List<Element> elements) {
        final List<ArgumentList> out = new ArrayList<>();
        for (int i = 1; i < elements.size(); i++) {
            if (isLiteral(elements.get(i), "(") && callee(elements, i - 1)) {
                final ArgumentList list = argumentList(elements, i);
                if (list != null) {
                    out.add(list);
                }
            }
        }
        return out;
    }

    private static boolean callee(final List<Element> elements, final int k) {
        final Element before = elements.get(k);
        if (before instanceof Element.Single || isLiteral(before, ")") || isLiteral(before, "]")) {
            return true;
        }
        return before instanceof Element.Literal name && name.name() && !PythonSyntax.isKeyword(name.text())
                && !(k > 0 && (isLiteral(elements.get(k - 1), "def") || isLiteral(elements.get(k - 1), "class")));
    }

    /** The argument list opening at {@code open}; null when it is not closed or holds a lambda or generator. */
    private static ArgumentList argumentList(final List<Element> elements, final int open) {
        final List<List<Keyword>> runs = new ArrayList<>();
        List<Keyword> run = new ArrayList<>();
        int depth = 0;
        int argumentStart = open + 1;
        for (int i = open + 1; i < elements.size(); i++) {
            final Element e = elements.get(i);
            final boolean closes = depth == 0 && isLiteral(e, ")");
            if (depth == 0 && (isLiteral(e, "lambda") || isLiteral(e, "for"))) {
                return null;
            }
            if (closes || depth == 0 && (isLiteral(e, ",") || e instanceof Element.Multi)) {
                final Keyword keyword = keyword(elements.subList(argumentStart, i));
                if (keyword != null) {
                    run.add(keyword);
                } else if (i > argumentStart) {
                    run = endRun(runs, run);
                }
                if (e instanceof Element.Multi) {
                    run = endRun(runs, run);
                }
                if (closes) {
                    endRun(runs, run);
                    return new ArgumentList(open, runs);
                }
                argumentStart = i + 1;
            } else if (isOpening(e)) {
                depth++;
            } else if (isClosing(e)) {
                depth--;
            }
        }
        return null;
    }

    private static List<Keyword> endRun(final List<List<Keyword>> runs, final List<Keyword> run) {
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return new ArrayList<>();
    }

    /** {@code name=value}, or null. */
    private static Keyword keyword(final List<Element> argument) {
        if (argument.size() < 3 || !(argument.get(0) instanceof Element.Literal name) || !name.name()
                || PythonSyntax.isKeyword(name.text()) || !isLiteral(argument.get(1), "=")) {
            return null;
        }
        final String meta = argument.size() == 3 && argument.get(2) instanceof Element.Single single
                && !single.wildcard() ? single.name() : null;
        return new Keyword(name.text(), meta, name.start(), argument.get(argument.size() - 1).end());
    }

    private static long orders(final List<List<Keyword>> runs) {
        long count = 1;
        for (final List<Keyword> run : runs) {
            for (int k = 2; k <= run.size(); k++) {
                count *= k;
            }
        }
        return count;
    }

    /**
     * The template's keyword arguments that pass the run's metavariables, in the run's order, when they
     * stand in one argument list in that order; else null (the template is then left as it is).
     */
    private static List<Keyword> mirror(final List<Keyword> run, final List<ArgumentList> template) {
        final List<Keyword> out = new ArrayList<>();
        int list = -1;
        for (final Keyword keyword : run) {
            if (keyword.meta() == null) {
                continue;
            }
            Keyword found = null;
            for (final ArgumentList candidate : template) {
                for (final List<Keyword> templateRun : candidate.runs()) {
                    for (final Keyword t : templateRun) {
                        if (keyword.meta().equals(t.meta())) {
                            if (found != null || list >= 0 && list != candidate.open()) {
                                return null;
                            }
                            found = t;
                            list = candidate.open();
                        }
                    }
                }
            }
            if (found != null) {
                if (!out.isEmpty() && out.get(out.size() - 1).start() > found.start()) {
                    return null;
                }
                out.add(found);
            }
        }
        return out.size() >= 2 ? out : null;
    }

    /** Every choice of one order per run (each order a permutation of the run's indexes). */
    private static List<int[][]> choices(final List<List<Keyword>> runs) {
        List<int[][]> out = new ArrayList<>();
        out.add(new int[0][]);
        for (final List<Keyword> run : runs) {
            final List<int[][]> next = new ArrayList<>();
            for (final int[][] prefix : out) {
                for (final int[] order : permutations(run.size())) {
                    final int[][] choice = Arrays.copyOf(prefix, prefix.length + 1);
                    choice[prefix.length] = order;
                    next.add(choice);
                }
            }
            out = next;
        }
        return out;
    }

    private static List<int[]> permutations(final int n) {
        final List<int[]> out = new ArrayList<>();
        permute(new int[n], new boolean[n], 0, out);
        return out;
    }

    private static void permute(final int[] order, final boolean[] used, final int at, final List<int[]> out) {
        if (at == order.length) {
            out.add(order.clone());
            return;
        }
        for (int k = 0; k < order.length; k++) {
            if (!used[k]) {
                used[k] = true;
                order[at] = k;
                permute(order, used, at + 1, out);
                used[k] = false;
            }
        }
    }

    private static Variant apply(final String pattern, final String template, final List<List<Keyword>> runs,
            final List<List<Keyword>> mirrors, final int[][] choice) {
        final List<int[]> patternEdits = new ArrayList<>();
        final List<int[]> templateEdits = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            final List<Keyword> run = runs.get(r);
            final List<Keyword> reordered = new ArrayList<>();
            for (int k = 0; k < run.size(); k++) {
                reordered.add(run.get(choice[r][k]));
                patternEdits.add(new int[] {run.get(k).start(), run.get(k).end(), reordered.get(k).start(),
                        reordered.get(k).end()});
            }
            final List<Keyword> mirror = mirrors.get(r);
            if (mirror != null) {
                final List<Keyword> reorderedMirror = new ArrayList<>();
                for (final Keyword keyword : reordered) {
                    for (final Keyword t : mirror) {
                        if (t.meta().equals(keyword.meta())) {
                            reorderedMirror.add(t);
                        }
                    }
                }
                for (int k = 0; k < mirror.size(); k++) {
                    templateEdits.add(new int[] {mirror.get(k).start(), mirror.get(k).end(),
                            reorderedMirror.get(k).start(), reorderedMirror.get(k).end()});
                }
            }
        }
        final String reorderedPattern = splice(pattern, patternEdits);
        final String reorderedTemplate = splice(template, templateEdits);
        return reorderedPattern == null || reorderedTemplate == null ? null
                : new Variant(reorderedPattern, reorderedTemplate);
    }

    /**
     * The text with each span {@code [e[0], e[1])} replaced by the original text of {@code [e[2], e[3])};
     * null when two spans overlap.
     */
    private static String splice(final String text, final List<int[]> edits) {
        edits.sort((a, b) -> Integer.compare(a[0], b[0]));
        final StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (final int[] edit : edits) {
            if (edit[0] < at) {
                return null;
            }
            out.append(text, at, edit[0]).append(text, edit[2], edit[3]);
            at = edit[1];
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * Whether the variant's template uses each run's metavariables (first uses) in the order its pattern
     * binds them, and both compile.
     */
    private static boolean keepsOrder(final Variant variant, final List<List<Keyword>> runs, final int[][] choice) {
        final List<String> used;
        try {
            PatternCompiler.compile(variant.pattern());
            used = firstUses(PatternCompiler.template(variant.template()));
        } catch (final IllegalArgumentException e) {
            return false;
        }
        for (int r = 0; r < runs.size(); r++) {
            int last = -1;
            for (final int k : choice[r]) {
                final String meta = runs.get(r).get(k).meta();
                final int at = meta == null ? -1 : used.indexOf(meta);
                if (at >= 0 && at < last) {
                    return false;
                }
                last = Math.max(last, at);
            }
        }
        return true;
    }

    private static List<String> firstUses(final List<Element> template) {
        final List<String> out = new ArrayList<>();
        for (final Element e : template) {
            if (e instanceof Element.Single single && !out.contains(single.name())) {
                out.add(single.name());
            }
        }
        return out;
    }

    private static boolean isLiteral(final Element element, final String text) {
        return element instanceof Element.Literal literal && literal.text().equals(text);
    }

    private static boolean isOpening(final Element element) {
        return isLiteral(element, "(") || isLiteral(element, "[") || isLiteral(element, "{");
    }

    private static boolean isClosing(final Element element) {
        return isLiteral(element, ")") || isLiteral(element, "]") || isLiteral(element, "}");
    }
}
