package io.apimigrate.topology.rulebook;

import io.apimigrate.rules.Migrator;
import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleSet;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The valid rules as the global rule store holds them, and the engine compiled from them. The
 * global thread changes the rules; stream threads ask for the engine, which is rebuilt lazily,
 * on the first request after a change. One rule book belongs to one running topology.
 * Thread-safe.
 */
public final class RuleBook {

    private final Function<RuleSet, Migrator> engines;
    private final Map<String, Rule> rules = new ConcurrentSkipListMap<>();
    private final AtomicLong version = new AtomicLong();
    private final Runnable onRebuild;
    private volatile Compiled compiled;

    /**
     * @param engines compiles a rule set into an engine, e.g. {@code rules -> MigrationEngine.of(rules, thresholds)}
     * @param onRebuild called after each rebuild (for a counter)
     */
    public RuleBook(final Function<RuleSet, Migrator> engines, final Runnable onRebuild) {
        this.engines = engines;
        this.onRebuild = onRebuild;
    }

    /** Adds a validated rule or replaces the rule with its id. */
    public void put(final Rule rule) {
        rules.put(rule.id(), rule);
        version.incrementAndGet();
    }

    /** Removes the rule with the given id, if present. */
    public void remove(final String id) {
        if (rules.remove(id) != null) {
            version.incrementAndGet();
        }
    }

    /** The number of rules. */
    public int size() {
        return rules.size();
    }

    /** The engine for the current rules, rebuilt if they changed since the last call. */
    public Migrator migrator() {
        final long wanted = version.get();
        final Compiled current = compiled;
        if (current != null && current.version() == wanted) {
            return current.migrator();
        }
        return rebuild();
    }

    private synchronized Migrator rebuild() {
        final long wanted = version.get();
        final Compiled current = compiled;
        if (current != null && current.version() == wanted) {
            return current.migrator();
        }
        final Migrator migrator = engines.apply(RuleSet.of(rules.values()));
        compiled = new Compiled(wanted, migrator);
        onRebuild.run();
        return migrator;
    }

    private record Compiled(long version, Migrator migrator) {
    }
}
