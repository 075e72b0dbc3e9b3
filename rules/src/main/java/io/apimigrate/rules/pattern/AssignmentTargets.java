package io.apimigrate.rules.pattern;

import java.util.List;

/**
 * The targets a pattern assigns to, where it starts with a plain target list
 * ({@code $A1, _ = torch.solve($A2, $A3)}, {@code OLD_SETTING = True}): what comes before its
 * first {@code =} outside brackets.
 */
public final class AssignmentTargets {

    private AssignmentTargets() {
    }

    /**
     * Whether the pattern starts with a plain target list: single names, metavariables and
     * commas up to an {@code =}. Its first element is then a target, not a receiver or an API.
     */
    public static boolean leading(final List<Element> pattern) {
        return equalsIndex(pattern) > 0;
    }

    /**
     * Whether a leading target list names a target the rule binds by name ({@code OLD_SETTING}),
     * not only metavariables and the discarded {@code _}.
     */
    public static boolean named(final List<Element> pattern) {
        final int equals = equalsIndex(pattern);
        for (int k = 0; k < equals; k++) {
            if (pattern.get(k) instanceof Element.Literal literal && literal.name() && !"_".equals(literal.text())) {
                return true;
            }
        }
        return false;
    }

    /** The index of the {@code =} that ends a leading plain target list; -1 without one. */
    private static int equalsIndex(final List<Element> pattern) {
        for (int k = 0; k < pattern.size(); k++) {
            final Element element = pattern.get(k);
            if (element instanceof Element.Single) {
                continue;
            }
            if (!(element instanceof Element.Literal literal)) {
                return -1;
            }
            if ("=".equals(literal.text())) {
                return k;
            }
            if (!literal.name() && !",".equals(literal.text())) {
                return -1;
            }
        }
        return -1;
    }
}
