package io.apimigrate.rules.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.apimigrate.rules.ConfidentRewrite;
import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.model.AstGrepRules;
import io.apimigrate.rules.model.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's rules are what they claim: each one matches its own statement, and only it. */
class SyntheticRulesTest {

    private static final List<SyntheticRule> RULES = SyntheticRules.first(1_000);
    private static final MigrationEngine ENGINE = MigrationEngine.of(SyntheticRules.ruleSet(RULES),
            RoutingThresholds.DEFAULT);

    @TempDir
    Path dir;

    @Test
    void eachStatementIsRewrittenByItsOwnRuleAlone() {
        final Random random = new Random(7);
        for (final SyntheticRule rule : RULES.subList(0, 40)) {
            final String line = rule.use(random);
            final ConfidentRewrite rewrite = ENGINE.rewriteConfident(line + "\n");
            assertEquals(List.of(rule.id()), rewrite.appliedRuleIds(), line);
            assertNotEquals(line + "\n", rewrite.output(), line);
        }
    }

    @Test
    void keywordRuleRenamesOnlyTheKeyword() {
        final SyntheticRule rule = RULES.get(2);
        assertEquals(RuleShape.KEYWORD, rule.shape());
        final String call = "mod" + rule.module() + ".fn2(x, kw2=1, axis=0)\n";
        assertEquals("mod" + rule.module() + ".fn2(x, new_kw2=1, axis=0)\n", ENGINE.rewriteConfident(call).output());
    }

    @Test
    void smallerSetsArePrefixesOfLargerOnes() {
        assertEquals(RULES.subList(0, 100), SyntheticRules.first(100));
    }

    @Test
    void yamlFormReadsBackAsTheSameRule() throws Exception {
        for (final SyntheticRule rule : RULES.subList(0, 8)) {
            Files.writeString(dir.resolve(rule.id() + ".yml"), rule.yaml());
        }
        final List<Rule> read = AstGrepRules.load(dir).rules();
        assertEquals(8, read.size());
        for (final Rule back : read) {
            final Rule original = RULES.stream().filter(r -> r.id().equals(back.id())).findFirst().orElseThrow().rule();
            assertEquals(original.pattern(), back.pattern());
            assertEquals(original.template(), back.template());
        }
    }

    @Test
    void emptyRuleSetIsRefused() {
        final var e = assertThrows(IllegalArgumentException.class, () -> SyntheticRules.first(0));
        assertEquals("rule count must be at least 1, got 0", e.getMessage());
    }
}
