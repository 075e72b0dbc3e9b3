package io.apimigrate.rules.learn;

import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.LiteralKinds;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.model.Constraint;
import io.apimigrate.rules.model.MetavariableKind;
import io.apimigrate.rules.pattern.CompiledPattern;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.pattern.PatternCompiler;
import io.apimigrate.rules.python.PythonLexer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A renamed keyword's value that no example gave as a string literal is no string literal in the
 * rule either: {@code torch.norm(x, p=2)} -> {@code torch.linalg.vector_norm(x, ord=2)} says nothing
 * about {@code p="fro"}, which {@code vector_norm} refuses. Each such value gets a regex that
 * refuses a leading quote, string prefixes included. A value passed on under the same keyword
 * ({@code map_location=$A1}) is left free.
 */
final class KeywordValueGuard {

    /** Refuses a value that starts as a string literal: optional prefix letters, then a quote. */
    static final String NOT_A_STRING = "^(?![rRbBuUfF]{0,2}['\"])";

    private KeywordValueGuard() {
    }

    /** The candidate's constraints with a guard on each keyword's value that its examples never gave as a string. */
    static Map<String, Constraint> constraints(final CandidateRule candidate) {
        final CompiledPattern pattern = PatternCompiler.compile(candidate.pattern());
        Map<String, Constraint> out = candidate.constraints();
        for (int k = 2; k < pattern.size(); k++) {
            if (!(pattern.element(k) instanceof Element.Single value) || candidate.constraints().containsKey(value.name())
                    || !(pattern.element(k - 1) instanceof Element.Literal equals) || !"=".equals(equals.text())
                    || !(pattern.element(k - 2) instanceof Element.Literal keyword) || !keyword.name()) {
                continue;
            }
            if (!keptUnder(candidate.template(), value.name(), keyword.text()) && neverAString(pattern, k, candidate)) {
                out = out == candidate.constraints() ? new HashMap<>(out) : out;
                out.put(value.name(), new Constraint(null, NOT_A_STRING));
            }
        }
        return out;
    }

    /** Whether the template passes the value under the same keyword: then its kind is the callee's business, not the rule's. */
    private static boolean keptUnder(final String template, final String name, final String keyword) {
        final List<Element> elements = PatternCompiler.template(template);
        for (int j = 2; j < elements.size(); j++) {
            if (elements.get(j) instanceof Element.Single single && single.name().equals(name)
                    && elements.get(j - 1) instanceof Element.Literal equals && "=".equals(equals.text())
                    && elements.get(j - 2) instanceof Element.Literal before && keyword.equals(before.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean neverAString(final CompiledPattern pattern, final int k, final CandidateRule candidate) {
        for (final Example example : candidate.examples()) {
            final CodeView view = new CodeView(PythonLexer.lex(example.oldCode()));
            final Match match = FirstMatch.in(pattern, view);
            if (match == null) {
                return false;
            }
            final Optional<MetavariableKind> kind = LiteralKinds.kindOf(view, match.elementStart()[k], match.elementEnd()[k]);
            if (kind.isPresent() && kind.get() == MetavariableKind.STRING) {
                return false;
            }
        }
        return true;
    }
}
