package io.apimigrate.rules.model;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.match.PatternMatcher;
import io.apimigrate.rules.pattern.AddedCalls;
import io.apimigrate.rules.pattern.CompiledPattern;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.pattern.KeywordNames;
import io.apimigrate.rules.pattern.PatternCompiler;
import io.apimigrate.rules.python.Imports;
import io.apimigrate.rules.python.PythonLexer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/** Checks that a rule can run: its pattern compiles and its template uses only bound metavariables. */
public final class RuleValidator {

    private RuleValidator() {
    }

    /**
     * Whether the pattern matches the template with its metavariables filled by plain names
     * ({@code v_X}). Regex constraints apply to what the pattern binds, a filler standing for any
     * text that passes them; a match that passes a keyword the template adds does not count, as
     * the engine never adds a keyword a call passes already, nor does a match that the output
     * calls count for a rule that calls its name ({@link AddedCalls}).
     */
    static boolean reappliesToItsOwnOutput(final CompiledPattern pattern, final String template,
            final Map<String, Constraint> constraints) {
        final Set<String> added = KeywordNames.added(pattern.elements(), PatternCompiler.template(template));
        final String filled = template.replaceAll("\\$\\$\\$([A-Z_][A-Z0-9_]*)?", "rest_").replaceAll("\\$([A-Z_][A-Z0-9_]*)", "v_$1");
        final CodeView view = new CodeView(PythonLexer.lex(filled));
        final Map<String, Constraint> regexes = new HashMap<>();
        constraints.forEach((name, constraint) -> {
            if (constraint.regex() != null) {
                regexes.put(name, new Constraint(null, "^v_[A-Z_][A-Z0-9_]*$|" + constraint.regex()));
            }
        });
        final PatternMatcher matcher = new PatternMatcher(pattern, regexes);
        final boolean callsName = AddedCalls.callsName(pattern.elements(), PatternCompiler.template(template));
        for (int c = 0; c < view.size(); c++) {
            if (!view.textEquals(c, pattern.anchorText())) {
                continue;
            }
            final Match match = matcher.matchAt(view, c);
            if (match != null && !passesAny(view, match, added)
                    && !(callsName && match.end() < view.size() && view.isOp(match.end(), '('))) {
                return true;
            }
        }
        return false;
    }

    private static boolean passesAny(final CodeView view, final Match match, final Set<String> keywords) {
        for (int c = Math.max(1, match.start()); c + 1 < match.end(); c++) {
            if (keywords.contains(view.text(c)) && view.isOp(c + 1, '=') && (view.isOp(c - 1, '(') || view.isOp(c - 1, ','))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> singles(final CompiledPattern pattern) {
        final Set<String> out = new HashSet<>();
        for (final Element element : pattern.elements()) {
            if (element instanceof Element.Single single && !single.wildcard()) {
                out.add(single.name());
            }
        }
        return out;
    }

    /** Throws IllegalArgumentException naming the field at fault and what would fix it. */
    public static void validate(final Rule rule) {
        final CompiledPattern pattern = PatternCompiler.compile(rule.pattern());
        final Set<String> bound = new HashSet<>();
        for (final Element element : pattern.elements()) {
            if (element instanceof Element.Single single && !single.wildcard()) {
                bound.add(single.name());
            } else if (element instanceof Element.Multi multi && !"_".equals(multi.name())) {
                bound.add(multi.name());
            }
        }
        for (final String name : rule.constraints().keySet()) {
            if (!singles(pattern).contains(name)) {
                throw new IllegalArgumentException("constraints." + name + ": the pattern has no $" + name
                        + " (only single-expression metavariables can be constrained)");
            }
        }
        final List<Element> template = PatternCompiler.template(rule.template());
        for (final Element element : template) {
            final String name = element instanceof Element.Single s ? s.name()
                    : element instanceof Element.Multi m ? m.name() : null;
            if (name != null && !bound.contains(name)) {
                throw new IllegalArgumentException("template: metavariable $" + name
                        + " is not bound by the pattern; bind it there or remove it");
            }
        }
        if (rule.pattern().strip().equals(rule.template().strip())) {
            throw new IllegalArgumentException("template: equals the pattern, the rule would change nothing");
        }
        if (reappliesToItsOwnOutput(pattern, rule.template(), rule.constraints())) {
            throw new IllegalArgumentException("template: the pattern matches the template again (e.g. $X.f -> "
                    + "$X.g().f), so rewriting would never settle; make the pattern more specific");
        }
        for (final String line : rule.imports().add()) {
            final Matcher metavariable = ImportEdits.METAVARIABLE.matcher(line);
            while (metavariable.find()) {
                final String name = metavariable.group(1);
                final Constraint constraint = rule.constraints().get(name);
                if (!singles(pattern).contains(name) || constraint == null
                        || constraint.kind() != MetavariableKind.IDENTIFIER) {
                    throw new IllegalArgumentException("imports.add: '" + line + "' uses $" + name + ", which must be"
                            + " a metavariable of the pattern constrained to one name (constraints: {\"" + name
                            + "\": \"identifier\"})");
                }
            }
            if (Imports.scan(PythonLexer.lex(ImportEdits.METAVARIABLE.matcher(line).replaceAll("v_$1"))).statements()
                    .size() != 1) {
                throw new IllegalArgumentException("imports.add: '" + line + "' is not one import statement");
            }
        }
    }
}
