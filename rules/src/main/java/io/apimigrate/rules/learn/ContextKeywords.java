package io.apimigrate.rules.learn;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.match.PatternMatcher;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.rules.pattern.CompiledPattern;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.pattern.PatternCompiler;
import io.apimigrate.rules.python.PythonLexer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Narrows a rename of a called name to the calls that pass the keyword its examples all passed,
 * when a no-change example calls the name without it: {@code fig.gca(projection="3d")} ->
 * {@code fig.add_subplot(projection="3d")}, while {@code plt.gca()} stays, gives
 * {@code $X.gca($$$K1, projection=$K, $$$K2)} instead of {@code $X.gca}. Else it narrows such a
 * rename to the calls of the name when a no-change example uses the name without calling it: a
 * class the examples construct ({@code tf.distribute.experimental.TPUStrategy(r)}) may be another
 * class than its replacement, which {@code isinstance(s, tf.distribute.experimental.TPUStrategy)} tests for.
 */
final class ContextKeywords {

    private ContextKeywords() {
    }

    /** The candidates, each contradicted rename replaced by its narrowed rule where one exists. */
    static List<CandidateRule> narrow(final List<CandidateRule> candidates, final List<Example> examples) {
        final List<Example> unchanged = examples.stream().filter(e -> e.oldCode().equals(e.newCode())).toList();
        if (unchanged.isEmpty()) {
            return candidates;
        }
        final List<CandidateRule> out = new ArrayList<>(candidates.size());
        for (final CandidateRule candidate : candidates) {
            CandidateRule narrowed = null;
            if (endsInName(candidate)) {
                narrowed = narrowed(candidate, unchanged);
                narrowed = narrowed != null ? narrowed : narrowedToCalls(candidate, unchanged);
            }
            out.add(narrowed == null ? candidate : narrowed);
        }
        return out;
    }

    private static boolean endsInName(final CandidateRule candidate) {
        final List<Element> pattern = PatternCompiler.compile(candidate.pattern()).elements();
        final List<Element> template = PatternCompiler.template(candidate.template());
        return !pattern.isEmpty() && !template.isEmpty()
                && pattern.get(pattern.size() - 1) instanceof Element.Literal last && last.name()
                && template.get(template.size() - 1) instanceof Element.Literal end && end.name();
    }

    private static CandidateRule narrowed(final CandidateRule candidate, final List<Example> unchanged) {
        final CompiledPattern pattern = PatternCompiler.compile(candidate.pattern());
        final PatternMatcher matcher = new PatternMatcher(pattern, candidate.constraints());
        Set<String> shared = null;
        for (final Example example : candidate.examples()) {
            final List<Set<String>> calls = callKeywords(matcher, pattern, example.oldCode());
            for (final Set<String> keywords : calls) {
                if (keywords == null) {
                    return null;
                }
                if (shared == null) {
                    shared = new LinkedHashSet<>(keywords);
                } else {
                    shared.retainAll(keywords);
                }
            }
        }
        if (shared == null || shared.isEmpty()) {
            return null;
        }
        final Set<String> missing = new LinkedHashSet<>(shared);
        boolean contradicted = false;
        for (final Example example : unchanged) {
            for (final Set<String> keywords : callKeywords(matcher, pattern, example.oldCode())) {
                contradicted = true;
                if (keywords != null) {
                    missing.removeAll(keywords);
                }
            }
        }
        if (!contradicted || missing.isEmpty()) {
            return null;
        }
        final String keyword = missing.iterator().next();
        return onCalls(candidate, "($$$K1, " + keyword + "=$K, $$$K2)");
    }

    /**
     * The rule on calls of the name alone, when each example calls every match and a no-change
     * example uses a match without calling it; null otherwise.
     */
    private static CandidateRule narrowedToCalls(final CandidateRule candidate, final List<Example> unchanged) {
        final CompiledPattern pattern = PatternCompiler.compile(candidate.pattern());
        final PatternMatcher matcher = new PatternMatcher(pattern, candidate.constraints());
        for (final Example example : candidate.examples()) {
            final List<Set<String>> calls = callKeywords(matcher, pattern, example.oldCode());
            if (calls.isEmpty() || calls.contains(null)) {
                return null;
            }
        }
        boolean uncalled = false;
        for (final Example example : unchanged) {
            uncalled |= callKeywords(matcher, pattern, example.oldCode()).contains(null);
        }
        if (!uncalled) {
            return null;
        }
        return onCalls(candidate, "($$$A)");
    }

    /** The rule on the name followed by these call arguments, if valid and still a step towards each example. */
    private static CandidateRule onCalls(final CandidateRule candidate, final String call) {
        final CandidateRule narrowed = new CandidateRule(candidate.pattern() + call, candidate.template() + call,
                candidate.constraints(), candidate.kind(), candidate.imports(), candidate.examples());
        return ExampleRules.valid(narrowed) && stepsOnEach(narrowed) ? narrowed : null;
    }

    /** For each match in the code, the keywords of the call it is the callee of; null where it is not called. */
    private static List<Set<String>> callKeywords(final PatternMatcher matcher, final CompiledPattern pattern,
            final String code) {
        final CodeView view = new CodeView(PythonLexer.lex(code));
        final List<Set<String>> out = new ArrayList<>();
        for (int c = 0; c < view.size(); c++) {
            if (!view.textEquals(c, pattern.anchorText())) {
                continue;
            }
            final Match match = matcher.matchAt(view, c);
            if (match == null) {
                continue;
            }
            final int paren = match.end();
            out.add(paren < view.size() && view.isOp(paren, '(') && view.partner(paren) > paren
                    ? keywordsOf(view, paren) : null);
        }
        return out;
    }

    private static Set<String> keywordsOf(final CodeView view, final int paren) {
        return new LinkedHashSet<>(view.callKeywords(paren));
    }

    /** The narrowed rule, alone, still makes a step towards each of its examples' new code. */
    private static boolean stepsOnEach(final CandidateRule narrowed) {
        final MigrationEngine engine = MigrationEngine.of(RuleSet.of(List.of(ExampleRules.provisional("n", narrowed))),
                RoutingThresholds.DEFAULT);
        for (final Example example : narrowed.examples()) {
            final String output = engine.migrate(example.oldCode()).output();
            if (output.equals(example.oldCode()) || !TokenDistance.stepTowards(example.oldCode(), output, example.newCode())) {
                return false;
            }
        }
        return true;
    }
}
