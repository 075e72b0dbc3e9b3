package io.apimigrate.rules.pattern;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The keyword arguments a pattern or template names literally ({@code sparse} in {@code f($$$A, sparse=$V)}). */
public final class KeywordNames {

    private KeywordNames() {
    }

    /** The names followed by {@code =} right after {@code (}, {@code ,} or a {@code $$$} run. */
    public static Set<String> of(final List<Element> elements) {
        final Set<String> out = new HashSet<>();
        for (int k = 1; k + 1 < elements.size(); k++) {
            if (elements.get(k) instanceof Element.Literal name && name.name()
                    && elements.get(k + 1) instanceof Element.Literal eq && "=".equals(eq.text())
                    && (elements.get(k - 1) instanceof Element.Multi
                        || elements.get(k - 1) instanceof Element.Literal before
                            && ("(".equals(before.text()) || ",".equals(before.text())))) {
                out.add(name.text());
            }
        }
        return out;
    }

    /** The keywords the template names that the pattern does not: what the rewrite adds. */
    public static Set<String> added(final List<Element> pattern, final List<Element> template) {
        final Set<String> out = of(template);
        out.removeAll(of(pattern));
        return out;
    }
}
