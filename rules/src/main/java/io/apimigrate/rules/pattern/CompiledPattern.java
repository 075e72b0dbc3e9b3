package io.apimigrate.rules.pattern;

import java.util.List;

/**
 * A pattern turned into elements, with the anchor token the index looks up: the last name of a
 * leading dotted name ({@code norm} in {@code np.linalg.norm($X)}), else the first literal name,
 * else the first literal.
 *
 * @param source the pattern text
 * @param elements the elements in order
 * @param anchor index of the anchor element
 * @param literalPrefix whether every element before the anchor is a literal
 */
public record CompiledPattern(String source, List<Element> elements, int anchor, boolean literalPrefix) {

    public CompiledPattern {
        elements = List.copyOf(elements);
    }

    /** The anchor's text. */
    public String anchorText() {
        return ((Element.Literal) elements.get(anchor)).text();
    }

    public Element element(final int index) {
        return elements.get(index);
    }

    public int size() {
        return elements.size();
    }
}
