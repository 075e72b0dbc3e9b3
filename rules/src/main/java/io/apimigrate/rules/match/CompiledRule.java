package io.apimigrate.rules.match;

import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.pattern.CompiledPattern;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.pattern.PatternCompiler;
import io.apimigrate.rules.rewrite.EditPlan;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule ready to run: its pattern compiled into a matcher and its template into an edit plan.
 *
 * @param rule the rule as stored
 * @param matcher matches the rule's pattern
 * @param plan turns a match into edits
 * @param keywords the keyword arguments the pattern names literally ({@code sparse} in
 *     {@code OneHotEncoder($$$A, sparse=$V, $$$B)})
 * @param makesAssignment whether the template assigns ({@code $X = $X.drop($$$A)}) where the
 *     pattern does not: such a rewrite is only valid on a whole statement
 * @param matchesImports whether the pattern spells out {@code import}: only such a rule rewrites
 *     import statements
 */
public record CompiledRule(Rule rule, PatternMatcher matcher, EditPlan plan, Set<String> keywords,
        boolean makesAssignment, boolean matchesImports) {

    public CompiledRule {
        keywords = Set.copyOf(keywords);
    }

    /** Compiles a rule; throws IllegalArgumentException naming the field at fault. */
    public static CompiledRule of(final Rule rule) {
        final var pattern = PatternCompiler.compile(rule.pattern());
        final var template = PatternCompiler.template(rule.template());
        return new CompiledRule(rule, new PatternMatcher(pattern, rule.constraints()),
                EditPlan.of(pattern, rule.template(), template), keywords(pattern),
                assigns(template) && !assigns(pattern.elements()), names(pattern.elements(), "import"));
    }

    private static boolean names(final List<Element> elements, final String keyword) {
        return elements.stream().anyMatch(e -> e instanceof Element.Literal literal && literal.text().equals(keyword));
    }

    /** Whether the elements hold an {@code =} outside brackets. */
    private static boolean assigns(final List<Element> elements) {
        int depth = 0;
        for (final Element element : elements) {
            if (element instanceof Element.Literal literal) {
                switch (literal.text()) {
                    case "(", "[", "{" -> depth++;
                    case ")", "]", "}" -> depth = Math.max(0, depth - 1);
                    case "=" -> {
                        if (depth == 0) {
                            return true;
                        }
                    }
                    default -> { }
                }
            }
        }
        return false;
    }

    private static Set<String> keywords(final CompiledPattern pattern) {
        final Set<String> out = new HashSet<>();
        for (int k = 1; k + 1 < pattern.size(); k++) {
            if (pattern.element(k) instanceof Element.Literal name && name.name()
                    && pattern.element(k + 1) instanceof Element.Literal eq && "=".equals(eq.text())
                    && (pattern.element(k - 1) instanceof Element.Multi
                        || pattern.element(k - 1) instanceof Element.Literal before
                            && ("(".equals(before.text()) || ",".equals(before.text())))) {
                out.add(name.text());
            }
        }
        return out;
    }

    public String id() {
        return rule.id();
    }
}
