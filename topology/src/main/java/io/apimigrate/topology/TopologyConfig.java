package io.apimigrate.topology;

import io.apimigrate.rules.RoutingThresholds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Every setting of the topology application in one typed place. Keys and defaults are listed
 * in {@code topology.properties} (on the classpath); each key can be overridden from the
 * environment by {@code APIMIGRATE_} + the key upper-cased with dots and dashes as
 * underscores, e.g. {@code APIMIGRATE_TOPIC_CODE_SNIPPETS} for {@code topic.code.snippets}.
 * Keys starting with {@code streams.} are passed to Kafka Streams without the prefix.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param applicationId Kafka Streams application id (consumer group, internal topic prefix)
 * @param processingGuarantee {@code exactly_once_v2} or {@code at_least_once}
 * @param thresholds routing thresholds
 * @param topics topic names
 * @param maxCodeChars longest code accepted; longer snippets go to the dead-letter topic
 * @param languages accepted snippet languages, lower case
 * @param metricsWindow tumbling window of the metrics
 * @param metricsGrace how long after a window's end results may still arrive before it is emitted
 * @param prometheusPort port of the Prometheus endpoint; 0 picks a free port, -1 disables it
 * @param rulesSeed a rules.json published to the rule topic at start, if any
 * @param createTopics whether missing topics are created at start
 * @param topicPartitions partitions of topics created at start
 * @param topicReplication replication factor of topics created at start
 * @param streamsOverrides extra Kafka Streams settings
 */
public record TopologyConfig(
        String bootstrapServers,
        String applicationId,
        String processingGuarantee,
        RoutingThresholds thresholds,
        Topics topics,
        int maxCodeChars,
        Set<String> languages,
        Duration metricsWindow,
        Duration metricsGrace,
        int prometheusPort,
        Optional<Path> rulesSeed,
        boolean createTopics,
        int topicPartitions,
        short topicReplication,
        Map<String, String> streamsOverrides) {

    /** Name of the classpath resource holding the documented defaults. */
    public static final String DEFAULTS_RESOURCE = "/topology.properties";

    static final String ENV_PREFIX = "APIMIGRATE_";
    static final String STREAMS_PREFIX = "streams.";

    public TopologyConfig {
        languages = Set.copyOf(languages);
        streamsOverrides = Map.copyOf(streamsOverrides);
    }

    /** The documented defaults alone. */
    public static TopologyConfig defaults() {
        return from(new Properties(), Map.of());
    }

    /**
     * The defaults, overridden by {@code props}, overridden by {@code env}.
     *
     * @throws IllegalArgumentException naming the key and the value at fault
     */
    public static TopologyConfig from(final Properties props, final Map<String, String> env) {
        final Properties merged = loadDefaults();
        merged.putAll(props);
        for (final String key : merged.stringPropertyNames()) {
            final String value = env.get(envName(key));
            if (value != null) {
                merged.setProperty(key, value);
            }
        }
        return parse(new Settings(merged));
    }

    /** Reads a properties file, then applies {@link #from}. */
    public static TopologyConfig load(final Path file, final Map<String, String> env) {
        final Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (final IOException e) {
            throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        return from(props, env);
    }

    /** The environment variable that overrides a key. */
    public static String envName(final String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** This configuration with other bootstrap servers. */
    public TopologyConfig withBootstrapServers(final String servers) {
        return new TopologyConfig(servers, applicationId, processingGuarantee, thresholds, topics, maxCodeChars,
                languages, metricsWindow, metricsGrace, prometheusPort, rulesSeed, createTopics, topicPartitions,
                topicReplication, streamsOverrides);
    }

    /** This configuration with other Kafka Streams overrides added. */
    public TopologyConfig withStreamsOverrides(final Map<String, String> more) {
        final Map<String, String> all = new java.util.HashMap<>(streamsOverrides);
        all.putAll(more);
        return new TopologyConfig(bootstrapServers, applicationId, processingGuarantee, thresholds, topics,
                maxCodeChars, languages, metricsWindow, metricsGrace, prometheusPort, rulesSeed, createTopics,
                topicPartitions, topicReplication, all);
    }

    /** The Kafka Streams properties: the overrides, then the settings this configuration owns. */
    public Properties streamsProperties() {
        final Properties props = new Properties();
        props.putAll(streamsOverrides);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
        return props;
    }

    private static TopologyConfig parse(final Settings s) {
        final String guarantee = s.string("processing.guarantee");
        if (!guarantee.equals(StreamsConfig.EXACTLY_ONCE_V2) && !guarantee.equals(StreamsConfig.AT_LEAST_ONCE)) {
            throw s.invalid("processing.guarantee", "expected exactly_once_v2 or at_least_once");
        }
        final double direct = s.fraction("direct.threshold");
        final double guided = s.fraction("guided.threshold");
        final RoutingThresholds thresholds;
        try {
            thresholds = new RoutingThresholds(direct, guided);
        } catch (final IllegalArgumentException e) {
            throw new IllegalArgumentException("config direct.threshold/guided.threshold: " + e.getMessage(), e);
        }
        final Topics topics = new Topics(s.string("topic.code.snippets"), s.string("topic.guided.generation"),
                s.string("topic.migration.results"), s.string("topic.migration.metrics"),
                s.string("topic.migration.rules"), s.string("topic.code.snippets.dlq"));
        final String seed = s.raw("rules.seed");
        return new TopologyConfig(
                s.string("bootstrap.servers"),
                s.string("application.id"),
                guarantee,
                thresholds,
                topics,
                s.integer("snippet.max.chars", 1, Integer.MAX_VALUE),
                s.list("snippet.languages"),
                Duration.ofMillis(s.integer("metrics.window.ms", 1, Integer.MAX_VALUE)),
                Duration.ofMillis(s.integer("metrics.grace.ms", 0, Integer.MAX_VALUE)),
                s.integer("prometheus.port", -1, 65_535),
                seed.isBlank() ? Optional.empty() : Optional.of(Path.of(seed.strip())),
                s.bool("topics.create"),
                s.integer("topics.partitions", 1, 10_000),
                (short) s.integer("topics.replication", 1, Short.MAX_VALUE),
                s.streamsOverrides());
    }

    private static Properties loadDefaults() {
        final Properties props = new Properties();
        try (InputStream in = TopologyConfig.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS_RESOURCE + " missing from the classpath");
            }
            props.load(in);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULTS_RESOURCE, e);
        }
        return props;
    }

    /** Typed access to merged properties; errors name the key and value. */
    private record Settings(Properties props) {

        String raw(final String key) {
            final String value = props.getProperty(key);
            if (value == null) {
                throw new IllegalArgumentException("config " + key + " is missing");
            }
            return value;
        }

        String string(final String key) {
            final String value = raw(key).strip();
            if (value.isEmpty()) {
                throw invalid(key, "must not be empty");
            }
            return value;
        }

        int integer(final String key, final int min, final int max) {
            final String value = string(key);
            final int parsed;
            try {
                parsed = Integer.parseInt(value);
            } catch (final NumberFormatException e) {
                throw invalid(key, "not an integer");
            }
            if (parsed < min || parsed > max) {
                throw invalid(key, "must be between " + min + " and " + max);
            }
            return parsed;
        }

        double fraction(final String key) {
            final String value = string(key);
            final double parsed;
            try {
                parsed = Double.parseDouble(value);
            } catch (final NumberFormatException e) {
                throw invalid(key, "not a number");
            }
            if (!(parsed >= 0 && parsed <= 1)) {
                throw invalid(key, "must be between 0 and 1");
            }
            return parsed;
        }

        boolean bool(final String key) {
            final String value = string(key).toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false")) {
                throw invalid(key, "expected true or false");
            }
            return Boolean.parseBoolean(value);
        }

        Set<String> list(final String key) {
            final Set<String> values = new LinkedHashSet<>();
            Arrays.stream(string(key).split(","))
                    .map(v -> v.strip().toLowerCase(Locale.ROOT))
                    .filter(v -> !v.isEmpty())
                    .forEach(values::add);
            return values;
        }

        Map<String, String> streamsOverrides() {
            final Map<String, String> overrides = new java.util.HashMap<>();
            for (final String key : props.stringPropertyNames()) {
                if (key.startsWith(STREAMS_PREFIX)) {
                    overrides.put(key.substring(STREAMS_PREFIX.length()), props.getProperty(key).strip());
                }
            }
            return overrides;
        }

        IllegalArgumentException invalid(final String key, final String why) {
            return new IllegalArgumentException("config " + key + "='" + props.getProperty(key) + "': " + why
                    + " (environment override: " + envName(key) + ")");
        }
    }
}
