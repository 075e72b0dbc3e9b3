package io.apimigrate.rules.pattern;

import io.apimigrate.rules.python.PythonBuiltins;
import io.apimigrate.rules.python.PythonSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How code spells a use of the first API a template writes and its pattern does not: the dotted
 * name it stands in, of which a use must spell at least the part up to its first name the pattern
 * lacks, and at least two names ({@code torch.sigmoid} for {@code F.sigmoid -> torch.sigmoid};
 * {@code nn.utils.parametrizations} for {@code nn.utils.weight_norm ->
 * nn.utils.parametrizations.weight_norm}), and whether it is an attribute of something else
 * ({@code .legend_handles} for {@code $X.legendHandles -> $X.legend_handles}). A builtin standing
 * alone ({@code float} for {@code np.float}) names no API.
 *
 * @param names the dotted name's parts
 * @param required how many leading parts a use must spell
 * @param attribute whether a dot comes before the first part
 */
public record ReplacementName(List<String> names, int required, boolean attribute) {

    public ReplacementName {
        names = List.copyOf(names);
    }

    /** The replacement name of a rule's template, or null when the template writes no new name. */
    public static ReplacementName of(final List<Element> pattern, final List<Element> template) {
        final Set<String> known = LiteralNames.of(pattern);
        int k = 0;
        while (k < template.size()) {
            if (!isName(template.get(k))) {
                k++;
                continue;
            }
            final boolean attribute = k > 0 && isDot(template.get(k - 1));
            final List<String> run = new ArrayList<>();
            run.add(text(template.get(k)));
            int next = k + 1;
            while (next + 1 < template.size() && isDot(template.get(next)) && isName(template.get(next + 1))) {
                run.add(text(template.get(next + 1)));
                next += 2;
            }
            final ReplacementName found = cut(run, attribute, known);
            if (found != null) {
                return found;
            }
            k = next;
        }
        return null;
    }

    private static ReplacementName cut(final List<String> run, final boolean attribute, final Set<String> known) {
        for (int i = 0; i < run.size(); i++) {
            if (!known.contains(run.get(i))) {
                final String first = run.get(0);
                if (run.size() == 1 && !attribute && (PythonBuiltins.isBuiltin(first) || PythonSyntax.isKeyword(first))) {
                    return null;
                }
                return new ReplacementName(run, Math.min(run.size(), Math.max(i, 1) + 1), attribute);
            }
        }
        return null;
    }

    private static boolean isName(final Element element) {
        return element instanceof Element.Literal literal && literal.name() && !PythonSyntax.isKeyword(literal.text());
    }

    private static boolean isDot(final Element element) {
        return element instanceof Element.Literal literal && literal.text().equals(".");
    }

    private static String text(final Element element) {
        return ((Element.Literal) element).text();
    }
}
