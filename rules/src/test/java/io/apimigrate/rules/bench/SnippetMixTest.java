package io.apimigrate.rules.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.Strategy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's snippet mix holds as many matching snippets as asked, and they are 1-5 lines. */
class SnippetMixTest {

    private static final List<SyntheticRule> RULES = SyntheticRules.first(1_000);

    @Test
    void thirtyPercentOfSnippetsAreRewrittenTheRestUnchanged() {
        final MigrationEngine engine = MigrationEngine.of(SyntheticRules.ruleSet(RULES), RoutingThresholds.DEFAULT);
        final List<String> snippets = SnippetMix.generate(RULES, 1_000, 0.3, 42L);
        long direct = 0;
        for (final String snippet : snippets) {
            final Strategy strategy = engine.migrate(snippet).strategy();
            assertTrue(strategy == Strategy.DIRECT_RULE || strategy == Strategy.UNCHANGED, strategy + ": " + snippet);
            direct += strategy == Strategy.DIRECT_RULE ? 1 : 0;
        }
        assertEquals(300, direct);
    }

    @Test
    void snippetsHaveOneToFiveLines() {
        for (final String snippet : SnippetMix.generate(RULES, 500, 0.3, 1L)) {
            final long lines = snippet.lines().count();
            assertTrue(lines >= 1 && lines <= 5, lines + " lines: " + snippet);
        }
    }

    @Test
    void sameSeedGivesSameSnippets() {
        assertEquals(SnippetMix.generate(RULES, 50, 0.3, 9L), SnippetMix.generate(RULES, 50, 0.3, 9L));
    }

    @Test
    void fractionOutsideUnitIntervalIsRefused() {
        final var e = assertThrows(IllegalArgumentException.class, () -> SnippetMix.generate(RULES, 10, 1.5, 1L));
        assertEquals("matching fraction must be in [0, 1], got 1.5", e.getMessage());
    }
}
