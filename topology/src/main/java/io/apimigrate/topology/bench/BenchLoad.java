package io.apimigrate.topology.bench;

import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleFormatException;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.rules.model.RulesJson;
import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.serde.AvroSerde;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic load: {@code n} method-rename rules over six libraries ({@code $X.old_api_i($$$A)}
 * to {@code $X.new_api_i($$$A)}; every fifth rule has confidence 0.7, the rest 0.95) and
 * snippets of a few lines of which 20% match no rule, the rest one rule each.
 */
final class BenchLoad {

    private static final String[] LIBRARIES = {"numpy", "pandas", "sklearn", "torch", "tensorflow", "scipy"};
    private static final double NO_MATCH_SHARE = 0.2;

    private BenchLoad() {
    }

    static RuleSet rules(final int count) {
        final List<Rule> rules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            final String library = LIBRARIES[i % LIBRARIES.length];
            final double confidence = i % 5 == 0 ? 0.7 : 0.95;
            final String json = String.format(Locale.ROOT, """
                    {"id": "bench-%d", "library": "%s", "old_api": "old_api_%d", "new_api": "new_api_%d",
                     "pattern": "$X.old_api_%d($$$A)", "template": "$X.new_api_%d($$$A)", "confidence": %.2f}
                    """, i, library, i, i, i, i, confidence);
            try {
                rules.add(RulesJson.parseRule(json));
            } catch (final RuleFormatException e) {
                throw new IllegalStateException("bench rule " + i + " invalid: " + e.getMessage(), e);
            }
        }
        return RuleSet.of(rules);
    }

    /** {@code count} encoded snippets with ids {@code <prefix><i>}; with no rules, none matches. */
    static List<byte[]> snippets(final int count, final int rules, final String prefix, final long seed) {
        final AvroSerde<CodeSnippet> serde = AvroSerde.of(CodeSnippet.class);
        final Random random = new Random(seed);
        final List<byte[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            final int rule = random.nextInt(Math.max(1, rules));
            final String library = LIBRARIES[rule % LIBRARIES.length];
            final String call = random.nextDouble() < NO_MATCH_SHARE
                    ? "frame.describe(include=\"all\")"
                    : "frame.old_api_" + rule + "(values, axis=" + random.nextInt(3) + ")";
            final String code = "import " + library + "\n"
                    + "values = load(\"data-" + i + ".csv\")\n"
                    + "result = " + call + "\n"
                    + "print(result.shape)\n";
            out.add(serde.serialize("bench", CodeSnippet.newBuilder()
                    .setId(prefix + i)
                    .setCode(code)
                    .setLibraryHints(List.of(library))
                    .setSubmittedAt(Instant.EPOCH)
                    .build()));
        }
        return out;
    }
}
