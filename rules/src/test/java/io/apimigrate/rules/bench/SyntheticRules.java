package io.apimigrate.rules.bench;

import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule sets of any size, the four {@link RuleShape}s in turn. Rule {@code i} is the same in every
 * set, so a smaller set is a prefix of a larger one. Qualified rules spread over a fixed number of
 * modules, as real rule sets crowd on a few libraries ({@code tf.}, {@code np.}): with 10,000 rules
 * about 117 rules start with each {@code modK.}.
 */
final class SyntheticRules {

    /** How many modules the qualified rules are spread over. */
    static final int MODULES = 64;

    private static final RuleShape[] SHAPES = RuleShape.values();

    private SyntheticRules() {
    }

    /** The first {@code count} synthetic rules. */
    static List<SyntheticRule> first(final int count) {
        if (count < 1) {
            throw new IllegalArgumentException("rule count must be at least 1, got " + count);
        }
        final List<SyntheticRule> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new SyntheticRule(SHAPES[i % SHAPES.length], module(i), i));
        }
        return out;
    }

    /** The engine rules of {@code rules}, in order. */
    static RuleSet ruleSet(final List<SyntheticRule> rules) {
        final List<Rule> out = new ArrayList<>(rules.size());
        for (final SyntheticRule rule : rules) {
            out.add(rule.rule());
        }
        return RuleSet.of(out);
    }

    /** A well-mixed module number for rule {@code i} (Fibonacci hashing). */
    private static int module(final int i) {
        return (int) Long.remainderUnsigned(((i + 1L) * 0x9E3779B97F4A7C15L) >>> 24, MODULES);
    }
}
