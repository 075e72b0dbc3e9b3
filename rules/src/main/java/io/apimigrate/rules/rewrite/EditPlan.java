package io.apimigrate.rules.rewrite;

import io.apimigrate.rules.pattern.CompiledPattern;
import io.apimigrate.rules.pattern.Element;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a rule turns a match into its replacement with a minimal edit: the pattern and template
 * elements are aligned (longest common subsequence), and only the unaligned stretches are
 * rewritten, so whitespace, comments and the text of carried-over code stay as they were.
 */
public final class EditPlan {

    private final CompiledPattern pattern;
    private static final Set<String> STATEMENT_KEYWORDS = Set.of("assert", "break", "continue", "del", "from",
            "global", "import", "nonlocal", "pass", "raise", "return");

    private final String template;
    private final List<Element> templateElements;
    private final List<Hunk> hunks;
    private final boolean makesAssignment;
    private final boolean assigns;
    private final boolean multiLine;
    private final boolean makesKeywordStatement;

    private EditPlan(final CompiledPattern pattern, final String template, final List<Element> templateElements,
            final List<Hunk> hunks) {
        this.pattern = pattern;
        this.template = template;
        this.templateElements = templateElements;
        this.hunks = hunks;
        this.assigns = assigns(pattern.elements());
        this.multiLine = template.indexOf('\n') >= 0 || pattern.source().indexOf('\n') >= 0;
        this.makesAssignment = assigns(templateElements) && !assigns;
        this.makesKeywordStatement = startsWithStatementKeyword(templateElements)
                && !startsWithStatementKeyword(pattern.elements());
    }

    /** Aligns pattern and template elements into hunks. */
    public static EditPlan of(final CompiledPattern pattern, final String template, final List<Element> templateElements) {
        final List<Element> p = pattern.elements();
        final List<Element> t = templateElements;
        final int[] aligned = align(p, t);
        keepBracketsPaired(p, aligned);
        return new EditPlan(pattern, template, List.copyOf(t), hunks(aligned, t.size()));
    }

    /** For each pattern element, the template element it is kept as (a longest common subsequence), or -1. */
    private static int[] align(final List<Element> p, final List<Element> t) {
        final int[][] lcs = new int[p.size() + 1][t.size() + 1];
        for (int i = p.size() - 1; i >= 0; i--) {
            for (int j = t.size() - 1; j >= 0; j--) {
                lcs[i][j] = same(p.get(i), t.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        final int[] aligned = new int[p.size()];
        Arrays.fill(aligned, -1);
        int i = 0;
        int j = 0;
        while (i < p.size() && j < t.size()) {
            if (same(p.get(i), t.get(j)) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                aligned[i++] = j++;
            } else if (lcs[i][j + 1] >= lcs[i + 1][j]) {
                j++;
            } else {
                i++;
            }
        }
        return aligned;
    }

    /**
     * Where a bracket is dropped, drops its partner too: of {@code print((x))} -> {@code print(x)}
     * the inner pair goes, not the inner opening and the outer closing bracket, which would move
     * the closing bracket to another line. Only swaps an equal bracket with no kept element between.
     */
    private static void keepBracketsPaired(final List<Element> p, final int[] aligned) {
        final int[] partner = partners(p);
        for (int x = 0; x < p.size(); x++) {
            final int y = partner[x];
            if (aligned[x] >= 0 || y < 0 || aligned[y] < 0) {
                continue;
            }
            final int step = y > x ? 1 : -1;
            for (int z = y + step; z >= 0 && z < p.size() && aligned[z] < 0; z += step) {
                if (same(p.get(z), p.get(y)) && partner[z] >= 0 && aligned[partner[z]] >= 0) {
                    aligned[z] = aligned[y];
                    aligned[y] = -1;
                    break;
                }
            }
        }
    }

    /** Partner index of each bracket literal of a balanced pattern; -1 elsewhere. */
    private static int[] partners(final List<Element> p) {
        final int[] partner = new int[p.size()];
        Arrays.fill(partner, -1);
        final Deque<Integer> open = new ArrayDeque<>();
        for (int k = 0; k < p.size(); k++) {
            if (!(p.get(k) instanceof Element.Literal literal) || literal.text().length() != 1) {
                continue;
            }
            final int kind = "([{".indexOf(literal.text().charAt(0));
            if (kind >= 0) {
                open.push(k);
            } else if (")]}".indexOf(literal.text().charAt(0)) >= 0 && !open.isEmpty()) {
                final int o = open.pop();
                partner[o] = k;
                partner[k] = o;
            }
        }
        return partner;
    }

    /** The unaligned stretches between aligned elements. */
    private static List<Hunk> hunks(final int[] aligned, final int templateSize) {
        final List<Hunk> hunks = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (int k = 0; k <= aligned.length; k++) {
            if (k < aligned.length && aligned[k] < 0) {
                continue;
            }
            final int tj = k < aligned.length ? aligned[k] : templateSize;
            if (k > i || tj > j) {
                hunks.add(new Hunk(i, k, j, tj));
            }
            i = k + 1;
            j = tj + 1;
        }
        return hunks;
    }

    private static boolean same(final Element a, final Element b) {
        if (a instanceof Element.Literal la && b instanceof Element.Literal lb) {
            return la.text().equals(lb.text());
        }
        if (a instanceof Element.Single sa && b instanceof Element.Single sb) {
            return !sa.wildcard() && sa.name().equals(sb.name());
        }
        if (a instanceof Element.Multi ma && b instanceof Element.Multi mb) {
            return !"_".equals(ma.name()) && ma.name().equals(mb.name())
                    && ma.commaBefore() == mb.commaBefore() && ma.commaAfter() == mb.commaAfter();
        }
        return false;
    }

    public CompiledPattern pattern() {
        return pattern;
    }

    public String template() {
        return template;
    }

    /** The template's elements, in order. */
    public List<Element> templateElements() {
        return templateElements;
    }

    List<Hunk> hunks() {
        return hunks;
    }

    /**
     * Whether the template assigns ({@code $X = $X.drop($$$A)}) where the pattern does not: such a
     * rewrite is only valid on a whole statement.
     */
    public boolean makesAssignment() {
        return makesAssignment;
    }

    /** Whether the pattern or the template spans lines: its rewrite writes or compares line breaks. */
    public boolean multiLine() {
        return multiLine;
    }

    /** Whether the pattern itself assigns ({@code $A1, _ = torch.solve($A2, $A3)}). */
    public boolean assigns() {
        return assigns;
    }

    /**
     * Whether the template starts with a simple statement's keyword ({@code raise $A1 from $A2})
     * where the pattern does not: such a rewrite is only valid as a whole statement, not inside an
     * expression or parentheses ({@code print(six.raise_from(e, c))}).
     */
    public boolean makesKeywordStatement() {
        return makesKeywordStatement;
    }

    private static boolean startsWithStatementKeyword(final List<Element> elements) {
        return !elements.isEmpty() && elements.get(0) instanceof Element.Literal first && first.name()
                && STATEMENT_KEYWORDS.contains(first.text());
    }

    /** Whether the elements hold an {@code =} outside brackets. */
    public static boolean assigns(final List<Element> elements) {
        int depth = 0;
        for (final Element element : elements) {
            if (element instanceof Element.Literal literal) {
                switch (literal.text()) {
                    case "(", "[", "{" -> depth++;
                    case ")", "]", "}" -> depth = Math.max(0, depth - 1);
                    case "=" -> {
                        if (depth == 0) {
                            return true;
                        }
                    }
                    default -> { }
                }
            }
        }
        return false;
    }

    /** Whether the template is the pattern itself (the rule changes nothing). */
    public boolean isIdentity() {
        return hunks.isEmpty();
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof EditPlan other && pattern.source().equals(other.pattern.source())
                && template.equals(other.template);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pattern.source(), template);
    }
}
