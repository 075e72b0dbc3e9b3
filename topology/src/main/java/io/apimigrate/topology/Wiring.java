package io.apimigrate.topology;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.Migrator;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.topology.rulebook.RuleParser;
import java.time.Clock;
import java.util.function.Function;

/**
 * What the topology is built with besides its configuration: how a rule set becomes an
 * engine, how rule records are validated, and the clock that stamps results.
 *
 * @param engines compiles the current rules into an engine (called after each change)
 * @param ruleParser validates the rule JSON of a rule record
 * @param clock stamps {@code completed_at} and {@code routed_at}
 */
public record Wiring(Function<RuleSet, Migrator> engines, RuleParser ruleParser, Clock clock) {

    /** The real engine with the given thresholds, the strict rule parser and the system clock. */
    public static Wiring production(final RoutingThresholds thresholds) {
        return new Wiring(rules -> MigrationEngine.of(rules, thresholds), RuleParser.STRICT, Clock.systemUTC());
    }
}
