package io.apimigrate.rules.model;

import io.apimigrate.rules.pattern.CompiledPattern;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.pattern.PatternCompiler;
import io.apimigrate.rules.python.Imports;
import io.apimigrate.rules.python.PythonLexer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks that a rule can run: its pattern compiles and its template uses only bound metavariables. */
public final class RuleValidator {

    private RuleValidator() {
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
        for (final String line : rule.imports().add()) {
            if (Imports.scan(PythonLexer.lex(line)).statements().size() != 1) {
                throw new IllegalArgumentException("imports.add: '" + line + "' is not one import statement");
            }
        }
    }
}
