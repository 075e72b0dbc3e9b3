package io.apimigrate.rules.rewrite;

import io.apimigrate.rules.pattern.CompiledPattern;
import io.apimigrate.rules.pattern.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a rule turns a match into its replacement with a minimal edit: the pattern and template
 * elements are aligned (longest common subsequence), and only the unaligned stretches are
 * rewritten, so whitespace, comments and the text of carried-over code stay as they were.
 */
public final class EditPlan {

    private final CompiledPattern pattern;
    private final String template;
    private final List<Element> templateElements;
    private final List<Hunk> hunks;

    private EditPlan(final CompiledPattern pattern, final String template, final List<Element> templateElements,
            final List<Hunk> hunks) {
        this.pattern = pattern;
        this.template = template;
        this.templateElements = templateElements;
        this.hunks = hunks;
    }

    /** Aligns pattern and template elements into hunks. */
    public static EditPlan of(final CompiledPattern pattern, final String template, final List<Element> templateElements) {
        final List<Element> p = pattern.elements();
        final List<Element> t = templateElements;
        final int[][] lcs = new int[p.size() + 1][t.size() + 1];
        for (int i = p.size() - 1; i >= 0; i--) {
            for (int j = t.size() - 1; j >= 0; j--) {
                lcs[i][j] = same(p.get(i), t.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        final List<Hunk> hunks = new ArrayList<>();
        int i = 0;
        int j = 0;
        int hunkP = -1;
        int hunkT = -1;
        while (i < p.size() || j < t.size()) {
            if (i < p.size() && j < t.size() && same(p.get(i), t.get(j)) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                if (hunkP >= 0) {
                    hunks.add(new Hunk(hunkP, i, hunkT, j));
                    hunkP = -1;
                }
                i++;
                j++;
                continue;
            }
            if (hunkP < 0) {
                hunkP = i;
                hunkT = j;
            }
            if (j < t.size() && (i == p.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                j++;
            } else {
                i++;
            }
        }
        if (hunkP >= 0) {
            hunks.add(new Hunk(hunkP, p.size(), hunkT, t.size()));
        }
        return new EditPlan(pattern, template, List.copyOf(t), List.copyOf(hunks));
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

    List<Element> templateElements() {
        return templateElements;
    }

    List<Hunk> hunks() {
        return hunks;
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
