package io.apimigrate.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.schemas.MetricsSnapshot;
import io.apimigrate.schemas.MigrationResult;
import io.apimigrate.schemas.MigrationStrategy;
import io.apimigrate.schemas.ResultStatus;
import io.apimigrate.topology.metrics.Accumulator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metrics sub-topology: per window, per strategy, per library and overall. */
class MetricsTopologyTest {

    private static final Instant WINDOW = DriverHarness.T0;
    private static final double HISTOGRAM_PRECISION = 0.035;

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
    void shouldPublishTotalsPerStrategyPerLibraryAndOverallOnceWindowCloses() {
        pipe(result("a", MigrationStrategy.DIRECT_RULE, "pandas", 10));
        pipe(result("b", MigrationStrategy.DIRECT_RULE, "numpy", 20));
        pipe(result("c", MigrationStrategy.RULE_GUIDED, "pandas", 30));

        final Map<String, MetricsSnapshot> snapshots = closeWindow();

        assertEquals(List.of(
                        key("all|*"), key("library|numpy"), key("library|pandas"),
                        key("strategy|DIRECT_RULE"), key("strategy|RULE_GUIDED")),
                snapshots.keySet().stream().sorted().toList());
        assertEquals(3, snapshots.get(key("all|*")).getCount());
        assertEquals(2, snapshots.get(key("strategy|DIRECT_RULE")).getCount());
        assertEquals(2, snapshots.get(key("library|pandas")).getCount());
        assertEquals(WINDOW.plusSeconds(60), snapshots.get(key("all|*")).getWindowEnd());
    }

    @Test
    void shouldPublishNothingWhileWindowIsOpen() {
        pipe(result("a", MigrationStrategy.DIRECT_RULE, "pandas", 10));

        harness.driver.advanceWallClockTime(Duration.ofSeconds(30));

        assertTrue(harness.metricsOut.isEmpty());
    }

    @Test
    void shouldMeasureExactMatchAndSimilarityAgainstExpectedCode() {
        pipe(withExpected(result("a", MigrationStrategy.DIRECT_RULE, "pandas", 5), "y = f(x)  \n\n"));
        pipe(withExpected(result("b", MigrationStrategy.DIRECT_RULE, "pandas", 5), "y = g(x)\n"));
        pipe(result("c", MigrationStrategy.DIRECT_RULE, "pandas", 5));

        final MetricsSnapshot all = closeWindow().get(key("all|*"));

        assertEquals(3, all.getCount());
        assertEquals(2, all.getEvaluated());
        assertEquals(1, all.getExactMatches());
        assertEquals(0.5, all.getExactMatch());
        assertEquals((1.0 + 0.875) / 2, all.getAvgSimilarity(), 1e-9);
    }

    @Test
    void shouldLeaveQualityEmptyWhenNothingWasEvaluated() {
        pipe(result("a", MigrationStrategy.UNCHANGED, "", 5));

        final MetricsSnapshot all = closeWindow().get(key("all|*"));

        assertNull(all.getExactMatch());
        assertNull(all.getAvgSimilarity());
    }

    @Test
    void shouldReportLatencyPercentilesFromSubmissionToCompletion() {
        for (int i = 1; i <= 100; i++) {
            pipe(result("r" + i, MigrationStrategy.LLM_ONLY, "torch", i));
        }

        final MetricsSnapshot torch = closeWindow().get(key("library|torch"));

        assertEquals(50, torch.getLatencyP50Ms());
        assertEquals(90, torch.getLatencyP90Ms(), 90 * HISTOGRAM_PRECISION);
        assertEquals(99, torch.getLatencyP99Ms(), 99 * HISTOGRAM_PRECISION);
        assertEquals(100, torch.getLatencyMaxMs());
    }

    @Test
    void shouldCountErrorsAndInvalidOutputs() {
        pipe(MigrationResult.newBuilder(result("a", MigrationStrategy.LLM_ONLY, "torch", 5))
                .setStatus(ResultStatus.TIMEOUT).setValid(false).build());
        pipe(MigrationResult.newBuilder(result("b", MigrationStrategy.LLM_ONLY, "torch", 5))
                .setStatus(ResultStatus.INVALID_OUTPUT).setValid(false).build());

        final MetricsSnapshot all = closeWindow().get(key("all|*"));

        assertEquals(1, all.getErrorCount());
        assertEquals(0, all.getValidCount());
    }

    @Test
    void shouldSkipUndecodableResultAndCountIt() {
        harness.rawResults.pipeInput("junk", new byte[] {9, 9, 9});
        pipe(result("a", MigrationStrategy.DIRECT_RULE, "pandas", 5));

        assertEquals(1, closeWindow().get(key("all|*")).getCount());
        assertEquals(1, harness.metrics.count("apimigrate.metrics.skipped", "reason", "UNDECODABLE"));
    }

    @Test
    void shouldLogRunningTotalsToTheChangelogAtEveryCommit() {
        final var changelog = harness.driver.createOutputTopic(
                harness.config.applicationId() + "-" + RouterTopology.PARTIALS_STORE + "-changelog",
                Serdes.String().deserializer(), Accumulator.serde().deserializer());

        pipe(result("a", MigrationStrategy.DIRECT_RULE, "pandas", 10));
        pipe(result("b", MigrationStrategy.DIRECT_RULE, "pandas", 20));
        pipe(result("c", MigrationStrategy.RULE_GUIDED, "pandas", 30));

        // the driver commits after each record: the changed total is logged once per commit
        final List<KeyValue<String, Accumulator>> logged = changelog.readKeyValuesToList();
        assertEquals(List.of(1L, 2L, 1L), logged.stream().map(kv -> kv.value.count()).toList());
        assertTrue(logged.get(1).key.endsWith("|DIRECT_RULE|pandas"), logged.get(1).key);
        assertTrue(logged.get(2).key.endsWith("|RULE_GUIDED|pandas"), logged.get(2).key);

        closeWindow();
        assertTrue(changelog.readKeyValuesToList().stream().allMatch(kv -> kv.value == null), "emitted totals deleted");
    }

    @Test
    void shouldCountAnswersOfTheRouterItself() {
        harness.submit(DriverHarness.snippet("s1", "x = 1\n"));

        final MetricsSnapshot unchanged = closeWindow().get(key("strategy|UNCHANGED"));

        assertEquals(1, unchanged.getCount());
        assertEquals(40, unchanged.getLatencyMaxMs());
    }

    private static String key(final String dimension) {
        return WINDOW + "|" + dimension;
    }

    private void pipe(final MigrationResult result) {
        harness.resultsIn.pipeInput(result.getSnippetId(), result, result.getCompletedAt());
    }

    private Map<String, MetricsSnapshot> closeWindow() {
        harness.driver.advanceWallClockTime(Duration.ofSeconds(66));
        return harness.metricsOut.readKeyValuesToMap();
    }

    private static MigrationResult result(final String id, final MigrationStrategy strategy, final String library,
            final long latencyMs) {
        return MigrationResult.newBuilder()
                .setSnippetId(id)
                .setOriginal("y = f(x)")
                .setMigrated("y = f(x)")
                .setStrategy(strategy)
                .setConfidence(0.9)
                .setLibrary(library)
                .setSubmittedAt(WINDOW.plusSeconds(1))
                .setCompletedAt(WINDOW.plusSeconds(1).plusMillis(latencyMs))
                .build();
    }

    private static MigrationResult withExpected(final MigrationResult result, final String expected) {
        return MigrationResult.newBuilder(result).setExpected(expected).build();
    }
}
