package io.apimigrate.topology;

import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.GenerationRequest;
import io.apimigrate.schemas.MetricsSnapshot;
import io.apimigrate.schemas.MigrationResult;
import io.apimigrate.schemas.MigrationRule;
import io.apimigrate.schemas.serde.AvroSerde;
import io.apimigrate.topology.metrics.AppMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** The topology under TopologyTestDriver, with the fake engine and typed topics. */
final class DriverHarness implements AutoCloseable {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    final TopologyConfig config;
    final AppMetrics metrics = new AppMetrics(new SimpleMeterRegistry());
    final TopologyTestDriver driver;
    final TestInputTopic<String, CodeSnippet> snippets;
    final TestInputTopic<String, byte[]> rawSnippets;
    final TestInputTopic<String, MigrationRule> rules;
    final TestInputTopic<String, byte[]> rawRules;
    final TestInputTopic<String, MigrationResult> resultsIn;
    final TestInputTopic<String, byte[]> rawResults;
    final TestOutputTopic<String, MigrationResult> results;
    final TestOutputTopic<String, GenerationRequest> guided;
    final TestOutputTopic<String, byte[]> deadLetters;
    final TestOutputTopic<String, MetricsSnapshot> metricsOut;

    DriverHarness(final Path stateDir) {
        config = TopologyConfig.from(new Properties(), Map.of()).withStreamsOverrides(Map.of(
                StreamsConfig.STATE_DIR_CONFIG, stateDir.toString()));
        final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        driver = new TopologyTestDriver(
                RouterTopology.build(config, metrics, FakeRules.wiring(RoutingThresholds.DEFAULT, clock)),
                config.streamsProperties(), T0);
        final Topics topics = config.topics();
        snippets = driver.createInputTopic(topics.snippets(), Serdes.String().serializer(),
                AvroSerde.of(CodeSnippet.class).serializer());
        rawSnippets = driver.createInputTopic(topics.snippets(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        rules = driver.createInputTopic(topics.rules(), Serdes.String().serializer(),
                AvroSerde.of(MigrationRule.class).serializer());
        rawRules = driver.createInputTopic(topics.rules(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        resultsIn = driver.createInputTopic(topics.results(), Serdes.String().serializer(),
                AvroSerde.of(MigrationResult.class).serializer());
        rawResults = driver.createInputTopic(topics.results(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        results = driver.createOutputTopic(topics.results(), Serdes.String().deserializer(),
                AvroSerde.of(MigrationResult.class).deserializer());
        guided = driver.createOutputTopic(topics.guided(), Serdes.String().deserializer(),
                AvroSerde.of(GenerationRequest.class).deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters(), Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
        metricsOut = driver.createOutputTopic(topics.metrics(), Serdes.String().deserializer(),
                AvroSerde.of(MetricsSnapshot.class).deserializer());
    }

    /** Publishes a rule in the fake engine's JSON form. */
    void publishRule(final String id, final String library, final String pattern, final String template,
            final double confidence) {
        rules.pipeInput(id, MigrationRule.newBuilder().setId(id).setLibrary(library).setConfidence(confidence)
                .setRuleJson(FakeRules.json(id, library, pattern, template, confidence)).build());
    }

    void deleteRule(final String id) {
        rules.pipeInput(id, null);
    }

    static CodeSnippet snippet(final String id, final String code) {
        return CodeSnippet.newBuilder().setId(id).setCode(code).setSubmittedAt(T0.minusMillis(40)).build();
    }

    void submit(final CodeSnippet snippet) {
        snippets.pipeInput(snippet.getId(), snippet, T0);
    }

    /** Results the topology answered, without re-reading what tests piped in themselves. */
    List<MigrationResult> answered() {
        return results.readValuesToList();
    }

    @Override
    public void close() {
        driver.close();
    }
}
