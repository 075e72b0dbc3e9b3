package io.apimigrate.rules.learn;

import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.pattern.PatternCompiler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Carries a change that names positional arguments over to calls that already pass them by that
 * name: when {@code tf.to_int32(x, 'test')} becomes {@code tf.cast(x, name='test', dtype=tf.int32)},
 * the call {@code tf.to_int32(x, name='test')} becomes the same. Only rules whose pattern is one
 * call with plain positional metavariables give such forms, for each run of trailing arguments that
 * the template passes, once each, under a keyword; none may contradict an example.
 */
final class KeywordForms {

    private KeywordForms() {
    }

    /** The candidates plus, for each change that names trailing positional arguments, the form that passes them so. */
    static List<CandidateRule> add(final List<CandidateRule> candidates, final List<Example> examples) {
        final Set<String> known = new HashSet<>();
        candidates.forEach(candidate -> known.add(candidate.pattern() + "\u0000" + candidate.template()));
        final List<CandidateRule> proposed = new ArrayList<>();
        for (final CandidateRule candidate : candidates) {
            final List<String> values = positionalValues(candidate.pattern());
            if (values == null || values.isEmpty()) {
                continue;
            }
            final List<Element> template = PatternCompiler.template(candidate.template());
            final int open = candidate.pattern().indexOf('(');
            for (int first = values.size() - 1; first >= 0; first--) {
                if (keywordOf(template, values.get(first)) == null) {
                    break;
                }
                final StringBuilder pattern = new StringBuilder(candidate.pattern().substring(0, open + 1));
                for (int i = 0; i < values.size(); i++) {
                    pattern.append(i > 0 ? ", " : "");
                    if (i >= first) {
                        pattern.append(keywordOf(template, values.get(i))).append('=');
                    }
                    pattern.append('$').append(values.get(i));
                }
                final CandidateRule named = new CandidateRule(pattern.append(')').toString(), candidate.template(),
                        candidate.constraints(), candidate.kind(), candidate.imports(), candidate.examples());
                if (ExampleRules.valid(named) && known.add(named.pattern() + "\u0000" + named.template())) {
                    proposed.add(named);
                }
            }
        }
        final List<CandidateRule> out = new ArrayList<>(candidates);
        out.addAll(NameSlots.uncontradicted(proposed, examples));
        return out;
    }

    /**
     * The metavariables of a pattern that is one call passing only them, positionally and each once
     * ({@code tf.to_int32($A1, $A2)}); null for any other pattern.
     */
    private static List<String> positionalValues(final String pattern) {
        final List<Element> elements = PatternCompiler.compile(pattern).elements();
        int k = 0;
        while (k < elements.size() && elements.get(k) instanceof Element.Literal literal
                && (literal.name() || ".".equals(literal.text()))) {
            k++;
        }
        if (k == 0 || k >= elements.size() || !isLiteral(elements.get(k), "(")
                || !isLiteral(elements.get(elements.size() - 1), ")")) {
            return null;
        }
        final List<String> values = new ArrayList<>();
        for (int i = k + 1; i < elements.size() - 1; i += 2) {
            if (!(elements.get(i) instanceof Element.Single single) || single.wildcard()
                    || values.contains(single.name())
                    || i + 1 < elements.size() - 1 && !isLiteral(elements.get(i + 1), ",")) {
                return null;
            }
            values.add(single.name());
        }
        return values;
    }

    /**
     * The keyword the template passes {@code value} under when it writes it once, right after
     * {@code keyword=} at the start of an argument; null otherwise.
     */
    private static String keywordOf(final List<Element> template, final String value) {
        String keyword = null;
        int seen = 0;
        for (int i = 0; i < template.size(); i++) {
            if (template.get(i) instanceof Element.Single single && single.name().equals(value)) {
                seen++;
                keyword = i >= 3 && isLiteral(template.get(i - 1), "=")
                        && template.get(i - 2) instanceof Element.Literal name && name.name()
                        && (isLiteral(template.get(i - 3), "(") || isLiteral(template.get(i - 3), ","))
                        ? name.text() : null;
            }
        }
        return seen == 1 ? keyword : null;
    }

    private static boolean isLiteral(final Element element, final String text) {
        return element instanceof Element.Literal literal && literal.text().equals(text);
    }
}
