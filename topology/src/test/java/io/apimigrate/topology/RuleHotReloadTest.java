package io.apimigrate.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.apimigrate.schemas.MigrationRule;
import io.apimigrate.schemas.MigrationStrategy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules published to or deleted from the rule topic change routing without a restart. */
class RuleHotReloadTest {

    private static final String CODE = "s = series.iteritems()\n";

    @TempDir
    Path stateDir;
    private DriverHarness harness;

    @BeforeEach
    void setUp() {
        harness = new DriverHarness(stateDir);
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void shouldApplyRulePublishedWhileRunning() {
        harness.submit(DriverHarness.snippet("before", CODE));

        harness.publishRule("iteritems", "pandas", ".iteritems()", ".items()", 0.9);
        harness.submit(DriverHarness.snippet("after", CODE));

        assertEquals(MigrationStrategy.UNCHANGED, harness.results.readValue().getStrategy());
        assertEquals("s = series.items()\n", harness.results.readValue().getMigrated());
    }

    @Test
    void shouldStopApplyingRuleAfterTombstone() {
        harness.publishRule("iteritems", "pandas", ".iteritems()", ".items()", 0.9);

        harness.deleteRule("iteritems");
        harness.submit(DriverHarness.snippet("s", CODE));

        assertEquals(MigrationStrategy.UNCHANGED, harness.results.readValue().getStrategy());
        assertEquals(1, harness.metrics.count("apimigrate.rules.updates", "outcome", "DELETED"));
    }

    @Test
    void shouldRerouteWhenRuleConfidenceChanges() {
        harness.publishRule("iteritems", "pandas", ".iteritems()", ".items()", 0.9);

        harness.publishRule("iteritems", "pandas", ".iteritems()", ".items()", 0.65);
        harness.submit(DriverHarness.snippet("s", CODE));

        assertEquals(MigrationStrategy.RULE_GUIDED, harness.guided.readValue().getStrategy());
    }

    @Test
    void shouldRejectInvalidRuleAndKeepVersionInForce() {
        harness.publishRule("iteritems", "pandas", ".iteritems()", ".items()", 0.9);

        harness.rules.pipeInput("iteritems", MigrationRule.newBuilder().setId("iteritems")
                .setRuleJson("{\"id\": \"iteritems\", \"template\": \".items()\"}").build());
        harness.submit(DriverHarness.snippet("s", CODE));

        assertEquals("s = series.items()\n", harness.results.readValue().getMigrated());
        assertEquals(1, harness.metrics.count("apimigrate.rules.updates", "outcome", "REJECTED"));
    }

    @Test
    void shouldRejectRuleWhoseKeyIsNotItsId() {
        harness.rules.pipeInput("other", MigrationRule.newBuilder().setId("iteritems")
                .setRuleJson(FakeRules.json("iteritems", "pandas", ".iteritems()", ".items()", 0.9)).build());

        harness.submit(DriverHarness.snippet("s", CODE));

        assertEquals(MigrationStrategy.UNCHANGED, harness.results.readValue().getStrategy());
        assertEquals(1, harness.metrics.count("apimigrate.rules.updates", "outcome", "REJECTED"));
    }

    @Test
    void shouldRejectUndecodableRuleRecordAndKeepRunning() {
        harness.rawRules.pipeInput("junk", "not a rule".getBytes(StandardCharsets.UTF_8));

        harness.publishRule("iteritems", "pandas", ".iteritems()", ".items()", 0.9);
        harness.submit(DriverHarness.snippet("s", CODE));

        assertEquals(MigrationStrategy.DIRECT_RULE, harness.results.readValue().getStrategy());
        assertEquals(1, harness.metrics.count("apimigrate.rules.updates", "outcome", "REJECTED"));
    }

    @Test
    void shouldRebuildEngineOnlyAfterChanges() {
        harness.publishRule("iteritems", "pandas", ".iteritems()", ".items()", 0.9);

        harness.submit(DriverHarness.snippet("a", CODE));
        harness.submit(DriverHarness.snippet("b", CODE));

        assertEquals(1, harness.metrics.count("apimigrate.rules.engine.rebuilds"));
    }
}
