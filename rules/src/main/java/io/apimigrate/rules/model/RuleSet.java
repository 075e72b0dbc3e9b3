package io.apimigrate.rules.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable set of rules keyed by id, in insertion order. */
public final class RuleSet {

    private static final RuleSet EMPTY = new RuleSet(Map.of());

    private final Map<String, Rule> byId;

    private RuleSet(final Map<String, Rule> byId) {
        this.byId = byId;
    }

    /** The empty rule set. */
    public static RuleSet empty() {
        return EMPTY;
    }

    /** A rule set of the given rules; a later rule replaces an earlier one with the same id. */
    public static RuleSet of(final Collection<Rule> rules) {
        final Map<String, Rule> map = new LinkedHashMap<>();
        for (final Rule rule : rules) {
            map.put(rule.id(), rule);
        }
        return new RuleSet(map);
    }

    /** The rules in insertion order. */
    public List<Rule> rules() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }

    public Optional<Rule> get(final String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** This set with {@code rule} added or replacing the rule of the same id. */
    public RuleSet with(final Rule rule) {
        final Map<String, Rule> map = new LinkedHashMap<>(byId);
        map.put(rule.id(), rule);
        return new RuleSet(map);
    }

    /** This set without the rule of the given id. */
    public RuleSet without(final String id) {
        if (!byId.containsKey(id)) {
            return this;
        }
        final Map<String, Rule> map = new LinkedHashMap<>(byId);
        map.remove(id);
        return new RuleSet(map);
    }
}
