package io.apimigrate.rules.match;

import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.pattern.AddedCalls;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.pattern.KeywordNames;
import io.apimigrate.rules.pattern.KeywordOrders;
import io.apimigrate.rules.pattern.LiteralNames;
import io.apimigrate.rules.pattern.PatternCompiler;
import io.apimigrate.rules.pattern.ReplacementName;
import io.apimigrate.rules.python.PythonSyntax;
import io.apimigrate.rules.python.StringQuotes;
import io.apimigrate.rules.rewrite.EditPlan;
import io.apimigrate.rules.rewrite.ValuePlaces;
import java.util.ArrayList;
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
 * @param addedKeywords the keyword arguments the template passes and the pattern does not
 *     ({@code text} in {@code run($$$A, universal_newlines=$V, $$$B) -> run($$$A, text=$V, $$$B)})
 * @param makesAssignment whether the template assigns ({@code $X = $X.drop($$$A)}) where the
 *     pattern does not: such a rewrite is only valid on a whole statement
 * @param matchesImports whether the pattern spells out {@code import}: only such a rule rewrites
 *     import statements
 * @param templateIsName whether the template is one plain name, which may stand among the names a
 *     {@code from} import imports
 * @param replacedName the name the pattern starts with ({@code mean_squared_error} in
 *     {@code mean_squared_error($$$A)}), or null when it starts otherwise
 * @param introducedName the first name the template uses that the pattern does not, other than an
 *     attribute or keyword-argument name ({@code root_mean_squared_error}), or null
 * @param places where the template puts each metavariable
 * @param unpacksWhole whether the template unpacks a metavariable the pattern binds as one value
 *     ({@code *$A1} in {@code pd.concat([$X, *$A1])} for {@code $X.append($A1)}): right only where
 *     the value is a sequence, which the tokens cannot tell
 * @param callsName whether the template calls the attribute the pattern ends with uncalled
 *     ({@link AddedCalls}): no match where a call follows
 * @param replacementName how code spells the first API the template writes and the pattern does not,
 *     or null ({@link ReplacementName})
 */
public record CompiledRule(Rule rule, PatternMatcher matcher, EditPlan plan, Set<String> keywords,
        Set<String> addedKeywords, boolean makesAssignment, boolean matchesImports, boolean templateIsName, String replacedName,
        String introducedName, ValuePlaces places, boolean unpacksWhole, boolean callsName,
        ReplacementName replacementName) {

    public CompiledRule {
        keywords = Set.copyOf(keywords);
        addedKeywords = Set.copyOf(addedKeywords);
    }

    /** Compiles a rule; throws IllegalArgumentException naming the field at fault. */
    public static CompiledRule of(final Rule rule) {
        final var pattern = PatternCompiler.compile(rule.pattern());
        final var template = PatternCompiler.template(rule.template());
        final EditPlan plan = EditPlan.of(pattern, rule.template(), template);
        final boolean eitherQuotes = rule.origin() == RuleOrigin.LEARNED && !requotesALiteral(pattern.elements(), template);
        return new CompiledRule(rule, new PatternMatcher(pattern, rule.constraints(), eitherQuotes), plan,
                KeywordNames.of(pattern.elements()), KeywordNames.added(pattern.elements(), template),
                plan.makesAssignment(), names(pattern.elements(), "import"),
                template.size() == 1 && template.get(0) instanceof Element.Literal literal && literal.name(),
                pattern.size() > 0 && pattern.element(0) instanceof Element.Literal first && first.name()
                        ? first.text() : null,
                introducedName(pattern.elements(), template), ValuePlaces.of(template),
                unpacksWhole(pattern.elements(), template), AddedCalls.callsName(pattern.elements(), template),
                ReplacementName.of(pattern.elements(), template));
    }

    /**
     * Whether the template writes one of the pattern's string literals in the other quote character:
     * such a rule must match its literals only as written, or it would match its own output.
     */
    private static boolean requotesALiteral(final List<Element> pattern, final List<Element> template) {
        for (final Element element : pattern) {
            if (element instanceof Element.Literal literal) {
                final String other = StringQuotes.swapped(literal.text());
                if (other != null && template.stream().anyMatch(t -> t instanceof Element.Literal l && l.text().equals(other))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The rule compiled and, for a learned rule, once more for each other order of its pattern's adjacent
     * keyword arguments ({@link KeywordOrders}), each with the rule's id: the order its examples passed them
     * in is incidental, where a written rule (by hand or from ast-grep) matches as it is written.
     */
    public static List<CompiledRule> inEveryOrder(final Rule rule) {
        final List<CompiledRule> out = new ArrayList<>(1);
        out.add(of(rule));
        if (rule.origin() != RuleOrigin.LEARNED) {
            return out;
        }
        for (final KeywordOrders.Variant variant : KeywordOrders.of(rule.pattern(), rule.template())) {
            out.add(of(rule.withCode(variant.pattern(), variant.template())));
        }
        return out;
    }

    private static boolean unpacksWhole(final List<Element> pattern, final List<Element> template) {
        for (int k = 1; k < template.size(); k++) {
            if (template.get(k) instanceof Element.Single single && isUnpacking(template.get(k - 1))
                    && !unpacked(pattern, single.name())) {
                return true;
            }
        }
        return false;
    }

    private static boolean unpacked(final List<Element> pattern, final String name) {
        for (int k = 1; k < pattern.size(); k++) {
            if (pattern.get(k) instanceof Element.Single single && single.name().equals(name)
                    && isUnpacking(pattern.get(k - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnpacking(final Element element) {
        return isLiteral(element, "*") || isLiteral(element, "**");
    }

    private static String introducedName(final List<Element> pattern, final List<Element> template) {
        final Set<String> known = LiteralNames.of(pattern);
        for (int k = 0; k < template.size(); k++) {
            if (template.get(k) instanceof Element.Literal literal && literal.name() && !known.contains(literal.text())
                    && !PythonSyntax.isKeyword(literal.text()) && !(k > 0 && isLiteral(template.get(k - 1), "."))
                    && !(k + 1 < template.size() && isLiteral(template.get(k + 1), "="))) {
                return literal.text();
            }
        }
        return null;
    }

    private static boolean isLiteral(final Element element, final String text) {
        return element instanceof Element.Literal literal && literal.text().equals(text);
    }

    private static boolean names(final List<Element> elements, final String keyword) {
        return elements.stream().anyMatch(e -> e instanceof Element.Literal literal && literal.text().equals(keyword));
    }

    public String id() {
        return rule.id();
    }
}
