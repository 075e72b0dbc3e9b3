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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule whose template is one of its pattern's values alone ({@code str($A1)} -> {@code $A1})
 * drops what was around the value: right only where the value already is what that made of it.
 * Where every example's value is a literal of one kind ({@code str("foo")}), the rule keeps to
 * values of that kind, and leaves {@code str(1)} and {@code str(x)} alone.
 */
final class UnwrapKinds {

    private static final Pattern ALONE = Pattern.compile("\\$([A-Z][A-Z0-9_]*)");

    private UnwrapKinds() {
    }

    /**
     * The candidate with its lone value constrained to its examples' literal kind; itself otherwise,
     * also where its pattern does not compile (the validator drops it later, as for every candidate).
     */
    static CandidateRule constrain(final CandidateRule candidate) {
        final Matcher alone = ALONE.matcher(candidate.template().strip());
        if (!alone.matches() || candidate.constraints().containsKey(alone.group(1))) {
            return candidate;
        }
        final CompiledPattern pattern;
        try {
            pattern = PatternCompiler.compile(candidate.pattern());
        } catch (final IllegalArgumentException e) {
            return candidate;
        }
        final int k = singleNamed(pattern, alone.group(1));
        if (k < 0) {
            return candidate;
        }
        final Set<Optional<MetavariableKind>> kinds = new HashSet<>();
        for (final Example example : candidate.examples()) {
            final CodeView view = new CodeView(PythonLexer.lex(example.oldCode()));
            final Match match = FirstMatch.in(pattern, view);
            if (match == null) {
                return candidate;
            }
            kinds.add(LiteralKinds.kindOf(view, match.elementStart()[k], match.elementEnd()[k]));
        }
        if (kinds.size() != 1 || kinds.iterator().next().isEmpty()
                || kinds.iterator().next().get() == MetavariableKind.IDENTIFIER) {
            return candidate;
        }
        final Map<String, Constraint> constraints = new HashMap<>(candidate.constraints());
        constraints.put(alone.group(1), Constraint.of(kinds.iterator().next().get()));
        return new CandidateRule(candidate.pattern(), candidate.template(), constraints, candidate.kind(),
                candidate.imports(), candidate.examples());
    }

    private static int singleNamed(final CompiledPattern pattern, final String name) {
        for (int k = 0; k < pattern.size(); k++) {
            if (pattern.element(k) instanceof Element.Single single && single.name().equals(name)) {
                return k;
            }
        }
        return -1;
    }
}
