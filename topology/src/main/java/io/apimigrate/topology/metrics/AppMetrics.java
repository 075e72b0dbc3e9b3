package io.apimigrate.topology.metrics;

import io.apimigrate.schemas.MigrationStrategy;
import io.apimigrate.topology.routing.RejectStage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/** The application's own counters, registered once and shared by the processors. Thread-safe. */
public final class AppMetrics {

    /** What happened to a record of the rule topic. */
    public enum RuleUpdate { ACCEPTED, DELETED, REJECTED }

    /** Why the metrics sub-topology skipped a result. */
    public enum Skip { UNDECODABLE }

    private final MeterRegistry registry;
    private final Map<MigrationStrategy, Counter> routed = new EnumMap<>(MigrationStrategy.class);
    private final Map<RejectStage, Counter> rejected = new EnumMap<>(RejectStage.class);
    private final Map<RuleUpdate, Counter> ruleUpdates = new EnumMap<>(RuleUpdate.class);
    private final Map<Skip, Counter> skipped = new EnumMap<>(Skip.class);
    private final Counter engineRebuilds;

    public AppMetrics(final MeterRegistry registry) {
        this.registry = registry;
        for (final MigrationStrategy strategy : MigrationStrategy.values()) {
            routed.put(strategy, Counter.builder("apimigrate.snippets.routed")
                    .description("Snippets routed, by strategy").tag("strategy", strategy.name()).register(registry));
        }
        for (final RejectStage stage : RejectStage.values()) {
            rejected.put(stage, Counter.builder("apimigrate.snippets.rejected")
                    .description("Snippets sent to the dead-letter topic, by stage")
                    .tag("stage", stage.name()).register(registry));
        }
        for (final RuleUpdate update : RuleUpdate.values()) {
            ruleUpdates.put(update, Counter.builder("apimigrate.rules.updates")
                    .description("Records of the rule topic, by outcome")
                    .tag("outcome", update.name()).register(registry));
        }
        for (final Skip skip : Skip.values()) {
            skipped.put(skip, Counter.builder("apimigrate.metrics.skipped")
                    .description("Results the metrics sub-topology could not count, by reason")
                    .tag("reason", skip.name()).register(registry));
        }
        engineRebuilds = Counter.builder("apimigrate.rules.engine.rebuilds")
                .description("Rule engine rebuilds after rule changes").register(registry);
    }

    public void routed(final MigrationStrategy strategy) {
        routed.get(strategy).increment();
    }

    public void rejected(final RejectStage stage) {
        rejected.get(stage).increment();
    }

    public void ruleUpdate(final RuleUpdate update) {
        ruleUpdates.get(update).increment();
    }

    public void skipped(final Skip skip) {
        skipped.get(skip).increment();
    }

    public void engineRebuilt() {
        engineRebuilds.increment();
    }

    /** Registers a gauge of the number of active rules. */
    public void activeRules(final Supplier<Number> count) {
        Gauge.builder("apimigrate.rules.active", count).description("Valid rules in the rule book").register(registry);
    }

    /** The count of the counter with the given name and tags (key, value, ...); 0 when absent. */
    public double count(final String name, final String... tags) {
        final Counter counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }
}
