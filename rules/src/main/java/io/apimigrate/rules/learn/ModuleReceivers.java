package io.apimigrate.rules.learn;

import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.model.Constraint;
import io.apimigrate.rules.pattern.CompiledPattern;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.pattern.PatternCompiler;
import io.apimigrate.rules.python.PythonLexer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Receivers that are module paths keep their last name when generalised: examples that call
 * {@code nn.init.constant}, {@code init.constant} and {@code torch.nn.init.constant} are about the
 * {@code init} module, so {@code $X.constant} binds only receivers that end with {@code init}, not
 * {@code ops.constant} or {@code self.constant}. The receivers are shown to be module paths when
 * two examples or more have them, every one a chain of plain names, and one of them dotted without
 * starting at {@code self} or {@code cls}; values ({@code df}, {@code self.data}, {@code frames[0]})
 * stay free, and so does a rule shown once, whose receiver may be one spelling of several. Before its
 * last name such a receiver holds only names the examples' receivers hold there, after a first name of
 * any package: {@code tf.compat.v1.distribute} is another module than the examples' {@code tf.distribute}.
 */
final class ModuleReceivers {

    private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
    private static final Pattern DOTTED = Pattern.compile(NAME + "(?:\\." + NAME + ")*");
    private static final String RECEIVER = "X";
    /** One example's module path may be one spelling of several ({@code nn.functional} for {@code F}). */
    private static final int MIN_EXAMPLES = 2;

    private ModuleReceivers() {
    }

    /** Each candidate, with {@code $X} limited to its examples' receivers' last names where those are module paths. */
    static List<CandidateRule> constrain(final List<CandidateRule> candidates) {
        final List<CandidateRule> out = new ArrayList<>(candidates.size());
        for (final CandidateRule candidate : candidates) {
            out.add(constrain(candidate));
        }
        return out;
    }

    private static CandidateRule constrain(final CandidateRule candidate) {
        if (candidate.examples().size() < MIN_EXAMPLES || candidate.constraints().containsKey(RECEIVER)
                || !candidate.pattern().startsWith("$" + RECEIVER + ".")) {
            return candidate;
        }
        final CompiledPattern pattern;
        try {
            pattern = PatternCompiler.compile(candidate.pattern());
        } catch (final IllegalArgumentException e) {
            return candidate;
        }
        if (!(pattern.element(0) instanceof Element.Single single) || !RECEIVER.equals(single.name())) {
            return candidate;
        }
        final Set<String> lastNames = new TreeSet<>();
        final Set<String> innerNames = new TreeSet<>();
        boolean modulePath = false;
        for (final Example example : candidate.examples()) {
            final Optional<String> receiver = receiver(pattern, example.oldCode());
            if (receiver.isEmpty() || !DOTTED.matcher(receiver.get()).matches()) {
                return candidate;
            }
            final String text = receiver.get();
            final int dot = text.lastIndexOf('.');
            lastNames.add(Pattern.quote(text.substring(dot + 1)));
            final String[] names = text.split("\\.");
            for (int i = 0; i < names.length - 1; i++) {
                innerNames.add(Pattern.quote(names[i]));
            }
            modulePath |= dot > 0 && !text.startsWith("self.") && !text.startsWith("cls.");
        }
        if (!modulePath) {
            return candidate;
        }
        final Map<String, Constraint> constraints = new HashMap<>(candidate.constraints());
        final String inner = innerNames.isEmpty() ? "" : "(?:(?:" + String.join("|", innerNames) + ")\\.)*";
        constraints.put(RECEIVER,
                new Constraint(null, "^(?:" + NAME + "\\.)?" + inner + "(?:" + String.join("|", lastNames) + ")$"));
        return new CandidateRule(candidate.pattern(), candidate.template(), constraints, candidate.kind(),
                candidate.imports(), candidate.examples());
    }

    /** The text {@code $X} binds at the pattern's first match in {@code code}, without spaces. */
    static Optional<String> receiver(final CompiledPattern pattern, final String code) {
        final CodeView view = new CodeView(PythonLexer.lex(code));
        final Match match = FirstMatch.in(pattern, view);
        if (match == null || match.elementEnd()[0] <= match.elementStart()[0]) {
            return Optional.empty();
        }
        final StringBuilder text = new StringBuilder();
        for (int t = match.elementStart()[0]; t < match.elementEnd()[0]; t++) {
            text.append(view.text(t));
        }
        return Optional.of(text.toString());
    }
}
