package io.apimigrate.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.GenerationRequest;
import io.apimigrate.schemas.MigrationResult;
import io.apimigrate.schemas.MigrationStrategy;
import io.apimigrate.schemas.ResultStatus;
import io.apimigrate.schemas.RuleHint;
import io.apimigrate.topology.routing.SnippetRouter;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routing by confidence: direct and unchanged answers, guided requests with hints. */
class RouterTopologyTest {

    private static final String APPEND_BEFORE = """
            import pandas as pd
            df = df.append(other)
            """;
    private static final String APPEND_AFTER = """
            import pandas as pd
            df = pd.concat([df, other])
            """;

    @TempDir
    Path stateDir;
    private DriverHarness harness;

    @BeforeEach
    void setUp() {
        harness = new DriverHarness(stateDir);
        harness.publishRule("pandas-append", "pandas", "df.append(other)", "pd.concat([df, other])", 0.95);
        harness.publishRule("np-float", "numpy", "np.float(", "float(", 0.70);
        harness.publishRule("weak-guess", "sklearn", "fit_transform(", "fit(", 0.30);
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void shouldRewriteConfidentMatchAndPublishResult() {
        final CodeSnippet snippet = CodeSnippet.newBuilder(DriverHarness.snippet("s1", APPEND_BEFORE))
                .setExpected(APPEND_AFTER).build();

        harness.submit(snippet);

        final TestRecord<String, MigrationResult> record = harness.results.readRecord();
        final MigrationResult result = record.value();
        assertEquals("s1", record.key());
        assertEquals(MigrationStrategy.DIRECT_RULE, result.getStrategy());
        assertEquals(APPEND_AFTER, result.getMigrated());
        assertEquals(APPEND_BEFORE, result.getOriginal());
        assertEquals(List.of("pandas-append"), result.getAppliedRules());
        assertEquals(ResultStatus.OK, result.getStatus());
        assertEquals("pandas", result.getLibrary());
        assertEquals(APPEND_AFTER, result.getExpected());
        assertEquals(snippet.getSubmittedAt(), result.getSubmittedAt());
        assertEquals(DriverHarness.T0, result.getCompletedAt());
        assertTrue(harness.guided.isEmpty());
    }

    @Test
    void shouldAnswerUnchangedWhenNoRuleMatches() {
        final String code = """
                total = sum(values)
                """;

        harness.submit(DriverHarness.snippet("s2", code));

        final MigrationResult result = harness.results.readValue();
        assertEquals(MigrationStrategy.UNCHANGED, result.getStrategy());
        assertEquals(ResultStatus.UNCHANGED, result.getStatus());
        assertEquals(code, result.getMigrated());
        assertTrue(harness.guided.isEmpty());
    }

    @Test
    void shouldSendMediumConfidenceMatchToGuidedGenerationWithHints() {
        final CodeSnippet snippet = CodeSnippet.newBuilder(DriverHarness.snippet("s3", "x = np.float(y)\n"))
                .setExpected("x = float(y)\n").setLibraryHints(List.of("numpy")).build();

        harness.submit(snippet);

        final TestRecord<String, GenerationRequest> record = harness.guided.readRecord();
        final GenerationRequest request = record.value();
        assertEquals("s3", record.key());
        assertEquals(MigrationStrategy.RULE_GUIDED, request.getStrategy());
        assertEquals(0.70, request.getConfidence());
        assertEquals(snippet, request.getSnippet());
        assertEquals("numpy", request.getLibrary());
        final RuleHint hint = request.getHints().get(0);
        assertEquals("np-float", hint.getRuleId());
        assertEquals("x = float(y)\n", hint.getProposedRewrite());
        assertEquals(DriverHarness.T0, request.getRoutedAt());
        assertTrue(harness.results.isEmpty());
    }

    @Test
    void shouldSendWeakMatchToGuidedGenerationAsLlmOnly() {
        harness.submit(DriverHarness.snippet("s4", "z = scaler.fit_transform(X)\n"));

        final GenerationRequest request = harness.guided.readValue();
        assertEquals(MigrationStrategy.LLM_ONLY, request.getStrategy());
        assertEquals("weak-guess", request.getHints().get(0).getRuleId());
        assertTrue(harness.results.isEmpty());
    }

    @Test
    void shouldBoundHintsOfRequest() {
        for (int i = 0; i < 12; i++) {
            harness.publishRule("guess-" + i, "sklearn", "fit_transform(", "fit(", 0.3);
        }

        harness.submit(DriverHarness.snippet("s6", "z = scaler.fit_transform(X)\n"));

        assertEquals(SnippetRouter.MAX_HINTS, harness.guided.readValue().getHints().size());
    }

    @Test
    void shouldCountRoutedSnippetsByStrategy() {
        harness.submit(DriverHarness.snippet("a", APPEND_BEFORE));
        harness.submit(DriverHarness.snippet("b", "x = np.float(y)\n"));
        harness.submit(DriverHarness.snippet("c", "print(1)\n"));

        assertEquals(1, harness.metrics.count("apimigrate.snippets.routed", "strategy", "DIRECT_RULE"));
        assertEquals(1, harness.metrics.count("apimigrate.snippets.routed", "strategy", "RULE_GUIDED"));
        assertEquals(1, harness.metrics.count("apimigrate.snippets.routed", "strategy", "UNCHANGED"));
    }

    @Test
    void shouldLeaveDeadLetterTopicEmptyForGoodSnippets() {
        harness.submit(DriverHarness.snippet("s5", APPEND_BEFORE));

        harness.results.readValue();
        assertTrue(harness.deadLetters.isEmpty());
    }
}
