package io.apimigrate.rules.learn;

import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.pattern.PatternCompiler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The change a rule makes, as the literal tokens it removes and adds: rules of one change share it. */
final class Signature {

    private Signature() {
    }

    static String of(final CandidateRule candidate) {
        final List<String> removed = literals(PatternCompiler.compile(candidate.pattern()).elements());
        final List<String> added = literals(PatternCompiler.template(candidate.template()));
        for (final String token : new ArrayList<>(removed)) {
            if (added.remove(token)) {
                removed.remove(token);
            }
        }
        Collections.sort(removed);
        Collections.sort(added);
        return String.join(" ", removed) + " -> " + String.join(" ", added) + " | " + candidate.imports();
    }

    /** The first name the rule's pattern has and its template lacks, else the pattern's anchor. */
    static String firstRemovedName(final CandidateRule candidate) {
        final var pattern = PatternCompiler.compile(candidate.pattern());
        final List<String> added = literals(PatternCompiler.template(candidate.template()));
        for (final Element element : pattern.elements()) {
            if (element instanceof Element.Literal literal && literal.name() && !added.contains(literal.text())) {
                return literal.text();
            }
        }
        return pattern.anchorText();
    }

    private static List<String> literals(final List<Element> elements) {
        final List<String> out = new ArrayList<>();
        for (final Element element : elements) {
            if (element instanceof Element.Literal literal) {
                out.add(literal.text());
            }
        }
        return out;
    }
}
