package io.apimigrate.rules.engine;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.model.Evidence;
import io.apimigrate.rules.model.ImportEdits;
import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleKind;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.model.RuleSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Test helpers: hand-written rules and engines over them. */
final class Rules {

    private Rules() {
    }

    static Rule rule(final String id, final String pattern, final String template) {
        return new Rule(id, "lib", "", "", "", "", RuleKind.RESTRUCTURE, pattern, template, Map.of(), ImportEdits.NONE,
                Evidence.unambiguous(List.of("lib"), 1.0), 1.0, 0, 1.0, true, RuleOrigin.HAND_WRITTEN, List.of());
    }

    static Rule withImports(final Rule rule, final String... imports) {
        return new Rule(rule.id(), rule.library(), "", "", "", "", rule.kind(), rule.pattern(), rule.template(),
                rule.constraints(), new ImportEdits(Arrays.asList(imports)), rule.evidence(), rule.precision(), rule.support(),
                rule.confidence(), rule.safe(), rule.origin(), rule.provenance());
    }

    static Rule ambiguous(final Rule rule, final String module, final double confirmed, final double unconfirmed) {
        return new Rule(rule.id(), rule.library(), "", "", "", "", rule.kind(), rule.pattern(), rule.template(),
                rule.constraints(), rule.imports(), new Evidence(List.of(module), List.of("df"), true, unconfirmed, "", List.of(), false, List.of()),
                confirmed, 3, confirmed, true, RuleOrigin.LEARNED, List.of());
    }

    /** The rule with its evidence naming {@code module} as its library's module. */
    static Rule fromLibrary(final Rule rule, final String module) {
        final Evidence e = rule.evidence();
        return new Rule(rule.id(), module, "", "", "", "", rule.kind(), rule.pattern(), rule.template(),
                rule.constraints(), rule.imports(), new Evidence(List.of(module), e.receiverNames(), e.ambiguous(),
                        e.unconfirmedConfidence(), e.headModule(), e.keywords(), e.topLevelOnly(), e.definedNames()),
                rule.precision(), rule.support(), rule.confidence(), rule.safe(), rule.origin(), rule.provenance());
    }

    /** The rule with evidence that confines it to statements at module level. */
    static Rule topLevelOnly(final Rule rule) {
        final Evidence e = rule.evidence();
        return new Rule(rule.id(), rule.library(), "", "", "", "", rule.kind(), rule.pattern(), rule.template(),
                rule.constraints(), rule.imports(), new Evidence(e.modules(), e.receiverNames(), e.ambiguous(),
                        e.unconfirmedConfidence(), e.headModule(), e.keywords(), true, e.definedNames()),
                rule.precision(), rule.support(), rule.confidence(), rule.safe(), rule.origin(), rule.provenance());
    }

    /** The rule as learned, with the given confidence. */
    static Rule learned(final Rule rule, final double confidence) {
        return new Rule(rule.id(), rule.library(), "", "", "", "", rule.kind(), rule.pattern(), rule.template(),
                rule.constraints(), rule.imports(), rule.evidence(), confidence, 3, confidence, true, RuleOrigin.LEARNED,
                List.of());
    }

    static MigrationEngine engine(final Rule... rules) {
        return MigrationEngine.of(RuleSet.of(Arrays.asList(rules)), RoutingThresholds.DEFAULT);
    }

    static String rewrite(final String code, final Rule... rules) {
        return engine(rules).migrate(code).output();
    }
}
