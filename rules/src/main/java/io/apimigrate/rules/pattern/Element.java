package io.apimigrate.rules.pattern;

/** One element of a compiled pattern or template: a literal token or a metavariable. */
public sealed interface Element permits Element.Literal, Element.Single, Element.Multi {

    /** Character span of the element in its pattern or template text. */
    int start();

    int end();

    /** A token that must appear as it is. */
    record Literal(String text, boolean name, int start, int end) implements Element {
    }

    /** {@code $X}: one expression ({@code $_} matches without capturing). */
    record Single(String name, int start, int end) implements Element {

        public boolean wildcard() {
            return "_".equals(name);
        }
    }

    /**
     * {@code $$$X}: a run of zero or more comma-separated arguments, with the comma that joins it to
     * its neighbour absorbed ({@code , $$$X} or {@code $$$X ,}) so that an empty run leaves no comma.
     */
    record Multi(String name, boolean commaBefore, boolean commaAfter, int markerStart, int markerEnd, int start,
            int end) implements Element {
    }
}
