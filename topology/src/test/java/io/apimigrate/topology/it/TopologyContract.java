package io.apimigrate.topology.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.GenerationRequest;
import io.apimigrate.schemas.MetricsSnapshot;
import io.apimigrate.schemas.MigrationResult;
import io.apimigrate.schemas.MigrationRule;
import io.apimigrate.schemas.MigrationStrategy;
import io.apimigrate.schemas.serde.AvroSerde;
import io.apimigrate.topology.FakeRules;
import io.apimigrate.topology.TopicProvisioner;
import io.apimigrate.topology.TopologyConfig;
import io.apimigrate.topology.TopologyRunner;
import io.apimigrate.topology.routing.DeadLetterHeaders;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology against a real broker: one broker and one running application per class, the
 * fake engine. Subclasses say where the broker comes from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TopologyContract {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final AvroSerde<CodeSnippet> snippets = AvroSerde.of(CodeSnippet.class);
    private final AvroSerde<MigrationRule> rules = AvroSerde.of(MigrationRule.class);
    private TopologyConfig config;
    private TopologyRunner runner;
    private KafkaProducer<String, byte[]> producer;

    /** Starts the broker and returns its bootstrap servers. */
    abstract String startKafka();

    abstract void stopKafka();

    @BeforeAll
    void startTopology(@TempDir final Path stateDir) throws Exception {
        final String bootstrap = startKafka();
        final Properties props = new Properties();
        props.setProperty("bootstrap.servers", bootstrap);
        props.setProperty("application.id", "it-" + getClass().getSimpleName());
        props.setProperty("prometheus.port", "0");
        props.setProperty("metrics.window.ms", "1000");
        props.setProperty("metrics.grace.ms", "0");
        props.setProperty("streams.state.dir", stateDir.toString());
        config = TopologyConfig.from(props, Map.of());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            TopicProvisioner.ensure(admin, config);
        }
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new ByteArraySerializer());
        send(config.topics().rules(), "np-float", rule("np-float", "np.float(", "float(", 0.95));
        runner = TopologyRunner.start(config, FakeRules.wiring(RoutingThresholds.DEFAULT, Clock.systemUTC()));
        assertTrue(runner.awaitRunning(Duration.ofSeconds(60)), "topology not running: " + runner.state());
    }

    @AfterAll
    void stopAll() throws IOException {
        if (runner != null) {
            runner.close();
        }
        if (producer != null) {
            producer.close();
        }
        stopKafka();
    }

    @Test
    void shouldRouteSnippetsThroughTheBroker() {
        send(config.topics().snippets(), "direct-1", snippet("direct-1", "x = np.float(y)\n"));
        send(config.topics().snippets(), "plain-1", snippet("plain-1", "print(1)\n"));

        final List<MigrationResult> results = awaitValues(config.topics().results(),
                r -> r.key().equals("direct-1") || r.key().equals("plain-1"), 2, AvroSerde.of(MigrationResult.class));

        assertEquals(Map.of("direct-1", "x = float(y)\n", "plain-1", "print(1)\n"), Map.of(
                results.get(0).getSnippetId(), results.get(0).getMigrated(),
                results.get(1).getSnippetId(), results.get(1).getMigrated()));
    }

    @Test
    void shouldSendBadBytesToDeadLetterTopicWithHeaders() {
        final byte[] garbage = "garbage".getBytes(StandardCharsets.UTF_8);
        send(config.topics().snippets(), "bad-1", garbage);

        final ConsumerRecord<String, byte[]> dead = TopicReader.await(runnerBootstrap(), config.topics().deadLetters(),
                r -> r.key().equals("bad-1"), 1, WAIT).get(0);

        assertEquals("garbage", new String(dead.value(), StandardCharsets.UTF_8));
        assertEquals("DECODE", DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.STAGE));
    }

    @Test
    void shouldApplyRulePublishedWhileRunning() {
        final String code = "for k, v in s.iteritems(): pass\n";
        send(config.topics().snippets(), "reload-before", snippet("reload-before", code));
        awaitValues(config.topics().results(), r -> r.key().equals("reload-before"), 1,
                AvroSerde.of(MigrationResult.class));

        send(config.topics().rules(), "iteritems", rule("iteritems", ".iteritems()", ".items()", 0.7));
        final long deadline = System.nanoTime() + WAIT.toNanos();
        GenerationRequest request = null;
        for (int i = 0; request == null && System.nanoTime() < deadline; i++) {
            send(config.topics().snippets(), "reload-" + i, snippet("reload-" + i, code));
            final String id = "reload-" + i;
            request = awaitValues(config.topics().guided(), r -> r.key().equals(id), 1,
                    AvroSerde.of(GenerationRequest.class), Duration.ofSeconds(2)).stream().findFirst().orElse(null);
        }

        assertEquals(MigrationStrategy.RULE_GUIDED, request.getStrategy());
        assertEquals("iteritems", request.getHints().get(0).getRuleId());
    }

    @Test
    void shouldPublishWindowMetrics() {
        send(config.topics().snippets(), "metrics-1", snippet("metrics-1", "y = 2\n"));

        final List<MetricsSnapshot> snapshots = awaitValues(config.topics().metrics(),
                r -> r.key().endsWith("|all|*"), 1, AvroSerde.of(MetricsSnapshot.class));

        assertTrue(snapshots.get(0).getCount() >= 1);
    }

    @Test
    void shouldServePrometheusMetrics() throws Exception {
        final HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + runner.prometheusPort().orElseThrow() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("apimigrate_snippets_routed_total"), "application counters");
        assertTrue(response.body().contains("kafka_stream_"), "Kafka Streams metrics");
    }

    private String runnerBootstrap() {
        return config.bootstrapServers();
    }

    private <T extends org.apache.avro.specific.SpecificRecord> List<T> awaitValues(final String topic,
            final java.util.function.Predicate<ConsumerRecord<String, byte[]>> wanted, final int count,
            final AvroSerde<T> serde) {
        final List<T> values = awaitValues(topic, wanted, count, serde, WAIT);
        assertTrue(values.size() >= count, "expected " + count + " records on " + topic + ", got " + values.size());
        return values;
    }

    private <T extends org.apache.avro.specific.SpecificRecord> List<T> awaitValues(final String topic,
            final java.util.function.Predicate<ConsumerRecord<String, byte[]>> wanted, final int count,
            final AvroSerde<T> serde, final Duration timeout) {
        return TopicReader.await(config.bootstrapServers(), topic, wanted, count, timeout).stream()
                .map(r -> serde.deserialize(topic, r.value())).toList();
    }

    private byte[] snippet(final String id, final String code) {
        return snippets.serialize("t", CodeSnippet.newBuilder().setId(id).setCode(code)
                .setSubmittedAt(Instant.now()).build());
    }

    private byte[] rule(final String id, final String pattern, final String template, final double confidence) {
        return rules.serialize("t", MigrationRule.newBuilder().setId(id).setConfidence(confidence)
                .setRuleJson(FakeRules.json(id, "", pattern, template, confidence)).build());
    }

    private void send(final String topic, final String key, final byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (final Exception e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }
}
