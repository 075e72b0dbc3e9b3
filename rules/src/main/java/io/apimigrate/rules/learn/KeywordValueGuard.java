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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A renamed keyword's value that no example gave as a string literal is no string literal in the
 * rule either: {@code torch.norm(x, p=2)} -> {@code torch.linalg.vector_norm(x, ord=2)} says nothing
 * about {@code p="fro"}, which {@code vector_norm} refuses. Each such value gets a regex that
 * refuses a leading quote, string prefixes included. A value passed on under the same keyword
 * ({@code map_location=$A1}) is left free. And a value carried from one keyword to another that some
 * example maps to another value ({@code closed=None} -> {@code inclusive="both"}) is carried only
 * as the kind of literal its examples gave ({@code closed="left"}): a variable may hold the value
 * that has to change.
 */
final class KeywordValueGuard {

    /** Refuses a value that starts as a string literal: optional prefix letters, then a quote. */
    static final String NOT_A_STRING = "^(?![rRbBuUfF]{0,2}['\"])";

    private KeywordValueGuard() {
    }

    /**
     * The candidate's constraints with a guard on each keyword's value that its examples never gave
     * as a string, and a literal kind on each value carried to a keyword of {@code mappedKeywords}.
     */
    static Map<String, Constraint> constraints(final CandidateRule candidate, final Set<String> mappedKeywords) {
        final CompiledPattern pattern = PatternCompiler.compile(candidate.pattern());
        Map<String, Constraint> out = candidate.constraints();
        for (int k = 2; k < pattern.size(); k++) {
            if (!(pattern.element(k) instanceof Element.Single value) || candidate.constraints().containsKey(value.name())
                    || !(pattern.element(k - 1) instanceof Element.Literal equals) || !"=".equals(equals.text())
                    || !(pattern.element(k - 2) instanceof Element.Literal keyword) || !keyword.name()) {
                continue;
            }
            final Optional<Constraint> guard = guard(candidate, pattern, k, keyword.text(), value.name(), mappedKeywords);
            if (guard.isPresent()) {
                out = out == candidate.constraints() ? new HashMap<>(out) : out;
                out.put(value.name(), guard.get());
            }
        }
        return out;
    }

    /** The constraint on the value at pattern element {@code k}, passed under {@code keyword}; empty for none. */
    private static Optional<Constraint> guard(final CandidateRule candidate, final CompiledPattern pattern, final int k,
            final String keyword, final String value, final Set<String> mappedKeywords) {
        if (keptUnder(candidate.template(), value, keyword)) {
            return Optional.empty();
        }
        if (mappedKeywords.contains(keyword + "=" + keywordOf(candidate.template(), value))) {
            return onlyKind(pattern, k, candidate).map(Constraint::of);
        }
        return neverAString(pattern, k, candidate) ? Optional.of(new Constraint(null, NOT_A_STRING)) : Optional.empty();
    }

    /**
     * The keyword renames, as {@code old=new}, that some candidate makes while it maps a literal value
     * to another ({@code closed=None} -> {@code inclusive="both"} gives {@code closed=inclusive}).
     */
    static Set<String> mappedKeywords(final List<CandidateRule> candidates) {
        final Set<String> out = new HashSet<>();
        for (final CandidateRule candidate : candidates) {
            final Map<String, String> before = literalValues(PatternCompiler.compile(candidate.pattern()).elements());
            final Map<String, String> after = literalValues(PatternCompiler.template(candidate.template()));
            final Set<String> removed = new HashSet<>(before.keySet());
            removed.removeAll(after.keySet());
            final Set<String> added = new HashSet<>(after.keySet());
            added.removeAll(before.keySet());
            if (removed.size() == 1 && added.size() == 1) {
                final String old = removed.iterator().next();
                final String now = added.iterator().next();
                if (!before.get(old).equals(after.get(now))) {
                    out.add(old + "=" + now);
                }
            }
        }
        return out;
    }

    /** Each keyword passed one literal token as its whole value ({@code closed=None}), with that token. */
    private static Map<String, String> literalValues(final List<Element> elements) {
        final Map<String, String> out = new HashMap<>();
        for (int k = 2; k < elements.size(); k++) {
            if (elements.get(k) instanceof Element.Literal value && !"(".equals(value.text())
                    && elements.get(k - 1) instanceof Element.Literal equals && "=".equals(equals.text())
                    && elements.get(k - 2) instanceof Element.Literal keyword && keyword.name()
                    && (k + 1 == elements.size() || elements.get(k + 1) instanceof Element.Multi
                            || elements.get(k + 1) instanceof Element.Literal next
                                    && (",".equals(next.text()) || ")".equals(next.text())))) {
                out.put(keyword.text(), value.text());
            }
        }
        return out;
    }

    /** The keyword the template passes the metavariable under, or an empty string. */
    private static String keywordOf(final String template, final String name) {
        final List<Element> elements = PatternCompiler.template(template);
        for (int j = 2; j < elements.size(); j++) {
            if (elements.get(j) instanceof Element.Single single && single.name().equals(name)
                    && elements.get(j - 1) instanceof Element.Literal equals && "=".equals(equals.text())
                    && elements.get(j - 2) instanceof Element.Literal keyword && keyword.name()) {
                return keyword.text();
            }
        }
        return "";
    }

    /** The one literal kind every example gave the value at pattern element {@code k}; empty when they differ or one is no literal. */
    private static Optional<MetavariableKind> onlyKind(final CompiledPattern pattern, final int k,
            final CandidateRule candidate) {
        MetavariableKind only = null;
        for (final Example example : candidate.examples()) {
            final CodeView view = new CodeView(PythonLexer.lex(example.oldCode()));
            final Match match = FirstMatch.in(pattern, view);
            if (match == null) {
                return Optional.empty();
            }
            final Optional<MetavariableKind> kind = LiteralKinds.kindOf(view, match.elementStart()[k], match.elementEnd()[k]);
            if (kind.isEmpty() || kind.get() == MetavariableKind.IDENTIFIER || only != null && only != kind.get()) {
                return Optional.empty();
            }
            only = kind.get();
        }
        return Optional.ofNullable(only);
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
