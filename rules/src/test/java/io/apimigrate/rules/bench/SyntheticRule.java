package io.apimigrate.rules.bench;

import io.apimigrate.rules.model.Evidence;
import io.apimigrate.rules.model.ImportEdits;
import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleOrigin;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * One synthetic rule: shape, module number and rule number, as an engine rule, as an ast-grep
 * YAML rule, and as a statement it matches.
 *
 * @param shape what the rule does
 * @param module the module its pattern names ({@code mod<module>}), unused by method renames
 * @param number the rule's number, unique in a rule set, part of every name the rule owns
 */
record SyntheticRule(RuleShape shape, int module, int number) {

    String id() {
        return "bench-" + shape.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + number;
    }

    String pattern() {
        return shape.pattern(module, number);
    }

    String template() {
        return shape.template(module, number);
    }

    /** The rule as a hand-written, fully confident engine rule, like an imported ast-grep rule. */
    Rule rule() {
        return new Rule(id(), "mod" + module, "", "", "", "", shape.kind(), pattern(), template(), Map.of(), ImportEdits.NONE,
                Evidence.unambiguous(List.of(), 1.0), 1.0, 0, 1.0, true, RuleOrigin.HAND_WRITTEN, List.of());
    }

    /** The same rule as an ast-grep rule file. */
    String yaml() {
        return "id: " + id() + "\nlanguage: python\nrule:\n  pattern: '" + pattern() + "'\nfix: '" + template() + "'\n";
    }

    /** A one-line statement this rule matches once. */
    String use(final Random random) {
        return shape.use(module, number, random);
    }
}
