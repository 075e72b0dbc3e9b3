package io.apimigrate.rules.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic 1-5 line Python snippets, a given fraction of which hold one statement that a rule of
 * the set matches (a shape drawn uniformly, then a rule of that shape, so large sets are exercised
 * across their whole index);
 * the others hold only {@link FillerCode}, which touches the same modules and receivers under
 * names no rule has.
 */
final class SnippetMix {

    private static final int MAX_LINES = 5;

    private SnippetMix() {
    }

    /**
     * {@code count} snippets; exactly {@code round(count * matching)} of them match, spread at
     * random positions. Two random streams keep the mix alike across rule sets: one draws the
     * layout, the filler and the shape of each matching statement, the other which rule of that
     * shape it uses, so sets of different sizes get the same snippets up to the rule numbers.
     */
    static List<String> generate(final List<SyntheticRule> rules, final int count, final double matching,
            final long seed) {
        if (matching < 0 || matching > 1) {
            throw new IllegalArgumentException("matching fraction must be in [0, 1], got " + matching);
        }
        final Map<RuleShape, List<SyntheticRule>> byShape = new EnumMap<>(RuleShape.class);
        for (final SyntheticRule rule : rules) {
            byShape.computeIfAbsent(rule.shape(), s -> new ArrayList<>()).add(rule);
        }
        final List<List<SyntheticRule>> shapes = new ArrayList<>(byShape.values());
        final Random random = new Random(seed);
        final Random pick = new Random(~seed);
        final int matches = (int) Math.round(count * matching);
        final boolean[] matchingAt = new boolean[count];
        for (int placed = 0; placed < matches; ) {
            final int at = random.nextInt(count);
            if (!matchingAt[at]) {
                matchingAt[at] = true;
                placed++;
            }
        }
        final List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String line = null;
            if (matchingAt[i]) {
                final List<SyntheticRule> shape = shapes.get(random.nextInt(shapes.size()));
                line = shape.get(pick.nextInt(shape.size())).use(random);
            }
            out.add(snippet(random, line));
        }
        return out;
    }

    /** Filler statements up to 1-5 lines, one of them replaced by {@code ruleLine} when it is given. */
    private static String snippet(final Random random, final String ruleLine) {
        final int lines = 1 + random.nextInt(MAX_LINES);
        final int ruleAt = ruleLine == null ? -1 : random.nextInt(lines);
        final String indent = random.nextInt(3) == 0 ? "    " : "";
        final StringBuilder out = new StringBuilder(lines * 40);
        int used = 0;
        while (used < lines) {
            final String statement = used == ruleAt ? indent + ruleLine
                    : FillerCode.statement(random, SyntheticRules.MODULES, indent);
            final int height = (int) statement.chars().filter(ch -> ch == '\n').count() + 1;
            if (used + height > lines && used != ruleAt) {
                continue;
            }
            if (used <= ruleAt && ruleAt < used + height && used != ruleAt) {
                continue;
            }
            out.append(statement).append('\n');
            used += height;
        }
        return out.toString();
    }
}
