package io.apimigrate.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.rules.model.RuleFormatException;
import io.apimigrate.rules.model.RulesJson;
import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.GenerationRequest;
import io.apimigrate.schemas.MigrationResult;
import io.apimigrate.schemas.MigrationRule;
import io.apimigrate.schemas.MigrationStrategy;
import io.apimigrate.schemas.serde.AvroSerde;
import io.apimigrate.topology.metrics.AppMetrics;
import io.apimigrate.topology.rulebook.RuleRecords;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production topology with the real rule engine and the strict rule parser. */
class RealEngineTopologyTest {

    private static final String ITERITEMS = """
            {"id": "pandas-iteritems", "library": "pandas", "old_api": "Series.iteritems",
             "new_api": "Series.items", "pattern": "$X.iteritems()", "template": "$X.items()",
             "confidence": 0.95}
            """;

    @TempDir
    Path stateDir;
    private final AppMetrics metrics = new AppMetrics(new SimpleMeterRegistry());
    private TopologyTestDriver driver;
    private TestInputTopic<String, CodeSnippet> snippets;
    private TestInputTopic<String, MigrationRule> rules;
    private TestOutputTopic<String, MigrationResult> results;
    private TestOutputTopic<String, GenerationRequest> guided;

    @BeforeEach
    void setUp() {
        final TopologyConfig config = TopologyConfig.from(new Properties(), Map.of())
                .withStreamsOverrides(Map.of(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString()));
        driver = new TopologyTestDriver(RouterTopology.build(config, metrics), config.streamsProperties());
        final Topics topics = config.topics();
        snippets = driver.createInputTopic(topics.snippets(), Serdes.String().serializer(),
                AvroSerde.of(CodeSnippet.class).serializer());
        rules = driver.createInputTopic(topics.rules(), Serdes.String().serializer(),
                AvroSerde.of(MigrationRule.class).serializer());
        results = driver.createOutputTopic(topics.results(), Serdes.String().deserializer(),
                AvroSerde.of(MigrationResult.class).deserializer());
        guided = driver.createOutputTopic(topics.guided(), Serdes.String().deserializer(),
                AvroSerde.of(GenerationRequest.class).deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    @Test
    void shouldRewriteWithRulePublishedAsRulesJsonObject() throws RuleFormatException {
        publish(ITERITEMS);

        submit("s1", """
                for k, v in s.iteritems():
                    print(k, v)
                """);

        final MigrationResult result = results.readValue();
        assertEquals(MigrationStrategy.DIRECT_RULE, result.getStrategy());
        assertEquals("""
                for k, v in s.items():
                    print(k, v)
                """, result.getMigrated());
        assertEquals(List.of("pandas-iteritems"), result.getAppliedRules());
    }

    @Test
    void shouldGuideGeneratorWithHintsOfMediumConfidenceRule() throws RuleFormatException {
        publish(ITERITEMS.replace("0.95", "0.7"));

        submit("s2", "pairs = list(s.iteritems())\n");

        final GenerationRequest request = guided.readValue();
        assertEquals(MigrationStrategy.RULE_GUIDED, request.getStrategy());
        assertEquals("pandas-iteritems", request.getHints().get(0).getRuleId());
        assertEquals("pairs = list(s.items())\n", request.getHints().get(0).getProposedRewrite());
    }

    @Test
    void shouldAnswerUnchangedWithoutRules() {
        submit("s3", "x = 1\n");

        assertEquals(MigrationStrategy.UNCHANGED, results.readValue().getStrategy());
    }

    @Test
    void shouldRejectRuleWithUnknownFieldAndNotApplyIt() {
        rules.pipeInput("bad", MigrationRule.newBuilder().setId("bad")
                .setRuleJson("{\"id\": \"bad\", \"pattern\": \"$X.iteritems()\", \"colour\": \"red\"}").build());

        submit("s4", "s.iteritems()\n");

        assertEquals(MigrationStrategy.UNCHANGED, results.readValue().getStrategy());
        assertEquals(1, metrics.count("apimigrate.rules.updates", "outcome", "REJECTED"));
    }

    @Test
    void shouldCarryRuleThroughItsRecordUnchanged() throws RuleFormatException {
        final var rule = RulesJson.parseRule(ITERITEMS);

        final MigrationRule record = RuleRecords.toRecord(rule);

        assertEquals("Series.iteritems", record.getOldApi());
        assertEquals(rule, RulesJson.parseRule(record.getRuleJson()));
        assertTrue(record.getRuleJson().contains("pandas-iteritems"));
    }

    private void publish(final String json) throws RuleFormatException {
        final MigrationRule record = RuleRecords.toRecord(RulesJson.parseRule(json));
        rules.pipeInput(record.getId(), record);
    }

    private void submit(final String id, final String code) {
        snippets.pipeInput(id, CodeSnippet.newBuilder().setId(id).setCode(code).setSubmittedAt(Instant.now()).build());
    }
}
