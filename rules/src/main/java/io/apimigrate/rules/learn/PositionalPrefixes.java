package io.apimigrate.rules.learn;

import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.model.RuleKind;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.pattern.PatternCompiler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Carries a change from positional to keyword arguments over to calls that pass fewer of them:
 * Python binds positional arguments by position, so when {@code mail_admins(s, m, True, c)} becomes
 * {@code mail_admins(s, m, fail_silently=True, connection=c)}, the call {@code mail_admins(s, m,
 * True)} becomes {@code mail_admins(s, m, fail_silently=True)}. Only rules whose pattern is one call
 * with plain positional arguments, and whose template passes the same arguments in the same order,
 * positional ones first and then each under a keyword, give shorter forms; each keeps at least one
 * keyword, and none may contradict an example.
 */
final class PositionalPrefixes {

    private PositionalPrefixes() {
    }

    /** The candidates plus, for each positional-to-keyword change, its forms for fewer arguments. */
    static List<CandidateRule> add(final List<CandidateRule> candidates, final List<Example> examples) {
        final Set<String> known = new HashSet<>();
        candidates.forEach(candidate -> known.add(candidate.pattern() + "\u0000" + candidate.template()));
        final List<CandidateRule> proposed = new ArrayList<>();
        for (final CandidateRule candidate : candidates) {
            final Call pattern = Call.of(candidate.pattern(), false);
            final Call template = Call.of(candidate.template(), true);
            if (pattern == null || template == null || !candidate.constraints().isEmpty()
                    || !pattern.passesInOrder() || !template.passesInOrder() || pattern.arguments() != template.arguments()
                    || template.firstKeyword() < 0) {
                continue;
            }
            for (int n = pattern.arguments() - 1; n > template.firstKeyword(); n--) {
                final CandidateRule shorter = new CandidateRule(pattern.withArguments(n), template.withArguments(n),
                        candidate.constraints(), RuleKind.ARGUMENT_REORDER, candidate.imports(), candidate.examples());
                if (ExampleRules.valid(shorter) && known.add(shorter.pattern() + "\u0000" + shorter.template())) {
                    proposed.add(shorter);
                }
            }
        }
        final List<CandidateRule> out = new ArrayList<>(candidates);
        out.addAll(NameSlots.uncontradicted(proposed, examples));
        return out;
    }

    /**
     * One call: its callee's text, and its arguments, each the metavariable it passes and the keyword
     * it passes it under (null for a positional one).
     */
    private record Call(String callee, List<String> values, List<String> keywords) {

        /** The text as such a call, or null when it is something else. */
        static Call of(final String text, final boolean template) {
            final List<Element> elements = template ? PatternCompiler.template(text) : PatternCompiler.compile(text).elements();
            int k = 0;
            final StringBuilder callee = new StringBuilder();
            while (k < elements.size() && elements.get(k) instanceof Element.Literal literal
                    && (literal.name() || ".".equals(literal.text()))) {
                callee.append(literal.text());
                k++;
            }
            if (callee.length() == 0 || k >= elements.size() || !isLiteral(elements.get(k), "(")
                    || !isLiteral(elements.get(elements.size() - 1), ")")) {
                return null;
            }
            final List<String> values = new ArrayList<>();
            final List<String> keywords = new ArrayList<>();
            k++;
            while (k < elements.size() - 1) {
                String keyword = null;
                if (elements.get(k) instanceof Element.Literal name && name.name() && k + 1 < elements.size()
                        && isLiteral(elements.get(k + 1), "=")) {
                    keyword = name.text();
                    k += 2;
                }
                if (k >= elements.size() - 1 || !(elements.get(k) instanceof Element.Single value) || value.wildcard()) {
                    return null;
                }
                values.add(value.name());
                keywords.add(keyword);
                k++;
                if (k < elements.size() - 1) {
                    if (!isLiteral(elements.get(k), ",")) {
                        return null;
                    }
                    k++;
                }
            }
            return new Call(callee.toString(), values, keywords);
        }

        int arguments() {
            return values.size();
        }

        /** Index of the first argument passed under a keyword, -1 when none is. */
        int firstKeyword() {
            for (int i = 0; i < keywords.size(); i++) {
                if (keywords.get(i) != null) {
                    return i;
                }
            }
            return -1;
        }

        /** Whether the call passes $A1, $A2, ... in order, every positional one before every keyword one. */
        boolean passesInOrder() {
            final int first = firstKeyword();
            for (int i = 0; i < values.size(); i++) {
                if (!values.get(i).equals("A" + (i + 1)) || first >= 0 && i > first && keywords.get(i) == null) {
                    return false;
                }
            }
            return true;
        }

        /** The call's text with its first {@code n} arguments only. */
        String withArguments(final int n) {
            final StringBuilder out = new StringBuilder(callee).append('(');
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    out.append(", ");
                }
                if (keywords.get(i) != null) {
                    out.append(keywords.get(i)).append('=');
                }
                out.append('$').append(values.get(i));
            }
            return out.append(')').toString();
        }

        private static boolean isLiteral(final Element element, final String text) {
            return element instanceof Element.Literal literal && literal.text().equals(text);
        }
    }
}
