package io.apimigrate.rules.pattern;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The names a pattern or template spells out literally ({@code np} and {@code float} in {@code np.float($X)}). */
public final class LiteralNames {

    private LiteralNames() {
    }

    /** The literal name tokens, in order of first appearance. */
    public static Set<String> of(final List<Element> elements) {
        final Set<String> out = new LinkedHashSet<>();
        for (final Element element : elements) {
            if (element instanceof Element.Literal literal && literal.name()) {
                out.add(literal.text());
            }
        }
        return out;
    }
}
