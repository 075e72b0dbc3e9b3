package io.apimigrate.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.rules.RoutingThresholds;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopologyConfigTest {

    @Test
    void shouldDefaultToContractTopicsThresholdsAndExactlyOnce() {
        final TopologyConfig config = TopologyConfig.defaults();

        assertEquals(Topics.DEFAULT, config.topics());
        assertEquals(RoutingThresholds.DEFAULT, config.thresholds());
        assertEquals("exactly_once_v2", config.processingGuarantee());
        assertEquals(Duration.ofMinutes(1), config.metricsWindow());
        assertEquals(Set.of("python"), config.languages());
    }

    @Test
    void shouldLetEnvironmentOverridePropertiesFile() {
        final Properties file = new Properties();
        file.setProperty("bootstrap.servers", "file:9092");
        file.setProperty("topic.code.snippets", "file-snippets");

        final TopologyConfig config = TopologyConfig.from(file, Map.of(
                "APIMIGRATE_BOOTSTRAP_SERVERS", "env:9092",
                "APIMIGRATE_APPLICATION_ID", "env-app",
                "APIMIGRATE_DIRECT_THRESHOLD", "0.9",
                "APIMIGRATE_GUIDED_THRESHOLD", "0.5",
                "APIMIGRATE_TOPIC_MIGRATION_RESULTS", "env-results"));

        assertEquals("env:9092", config.bootstrapServers());
        assertEquals("env-app", config.applicationId());
        assertEquals(new RoutingThresholds(0.9, 0.5), config.thresholds());
        assertEquals("file-snippets", config.topics().snippets());
        assertEquals("env-results", config.topics().results());
    }

    @Test
    void shouldNameKeyValueAndVariableOfBadSetting() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TopologyConfig.from(new Properties(), Map.of("APIMIGRATE_DIRECT_THRESHOLD", "high")));

        assertEquals("config direct.threshold='high': not a number (environment override: "
                + "APIMIGRATE_DIRECT_THRESHOLD)", e.getMessage());
    }

    @Test
    void shouldRejectGuidedThresholdAboveDirect() {
        final Properties file = new Properties();
        file.setProperty("guided.threshold", "0.95");

        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TopologyConfig.from(file, Map.of()));

        assertTrue(e.getMessage().startsWith("config direct.threshold/guided.threshold"), e.getMessage());
    }

    @Test
    void shouldPassStreamsPrefixedKeysToKafkaStreams() {
        final Properties file = new Properties();
        file.setProperty("streams.num.stream.threads", "2");

        final Properties streams = TopologyConfig.from(file, Map.of()).streamsProperties();

        assertEquals("2", streams.getProperty("num.stream.threads"));
        assertEquals("exactly_once_v2", streams.getProperty("processing.guarantee"));
    }

    @Test
    void shouldDeriveEnvironmentNameFromKey() {
        assertEquals("APIMIGRATE_TOPIC_CODE_SNIPPETS_DLQ", TopologyConfig.envName("topic.code.snippets.dlq"));
    }
}
