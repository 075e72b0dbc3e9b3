package io.apimigrate.worker;

import io.apimigrate.worker.generate.GenerationConfig;
import io.apimigrate.worker.http.HttpGeneratorConfig;
import io.apimigrate.worker.prompt.PromptStrategy;
import io.apimigrate.worker.prompt.StrategySelection;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings of the inference worker: the bundled {@code worker.properties} defaults, overridden by a properties
 * file, overridden by {@code APIMIGRATE_WORKER_*} environment variables. Unknown keys and bad values are errors
 * that name the key, where it came from and what is expected.
 *
 * @param kafka brokers, group, transactional id, topics and extra client properties
 * @param generator which backend answers requests
 * @param model the checkpoint and device of the {@code djl} generator
 * @param http the endpoint of the {@code http} generator; present only for it
 * @param batchSize the most requests per micro-batch
 * @param batchMaxWait how long a micro-batch waits to fill up once it holds a request
 * @param decoding decoding settings (the prompts add their own stop strings)
 * @param strategies the prompt strategy per route
 * @param maxHints the most rules shown in one prompt
 * @param metricsPort the port of the Prometheus endpoint, -1 for none
 * @param shutdownGrace how long shutdown waits for the batch in flight before abandoning it
 */
public record WorkerConfig(
        Kafka kafka, GeneratorKind generator, Model model, Optional<HttpGeneratorConfig> http,
        int batchSize, Duration batchMaxWait, GenerationConfig decoding, StrategySelection strategies, int maxHints,
        int metricsPort, Duration shutdownGrace) {

    /** The prefix of environment overrides. */
    public static final String ENV_PREFIX = "APIMIGRATE_WORKER_";

    private static final String DEFAULTS = "/worker.properties";
    private static final String KAFKA_PREFIX = "kafka.";
    /** Variables Kubernetes sets for a Service named {@code apimigrate-worker...}: never worker settings. */
    private static final Pattern KUBERNETES_SERVICE_LINK = Pattern.compile(
            ".*_(SERVICE_HOST|SERVICE_PORT(_\\w+)?|PORT(_\\d+_(TCP|UDP|SCTP)(_(PROTO|PORT|ADDR))?)?)");
    private static final Logger LOG = LoggerFactory.getLogger(WorkerConfig.class);
    private static final String STRATEGY_IDS = "basic, with_context, with_rules or chain_of_thought";

    /** The generator backends. */
    public enum GeneratorKind {
        /** No model: every request is answered with its input, status UNRESOLVED. */
        NONE,
        /** The Qwen2 model on DJL, from {@code model.dir}. */
        DJL,
        /** An OpenAI-compatible completions endpoint. */
        HTTP
    }

    /**
     * Kafka settings.
     *
     * @param bootstrapServers the brokers
     * @param groupId the consumer group
     * @param transactionalId the producer's transactional id, unique per worker instance
     * @param requestsTopic where {@code GenerationRequest}s come from
     * @param resultsTopic where {@code MigrationResult}s go
     * @param dlqTopic where undecodable requests go, with error headers
     * @param clientProperties further client properties (from {@code kafka.*} keys)
     */
    public record Kafka(String bootstrapServers, String groupId, String transactionalId, String requestsTopic,
                        String resultsTopic, String dlqTopic, Map<String, String> clientProperties) {

        public Kafka {
            clientProperties = Map.copyOf(clientProperties);
        }
    }

    /**
     * Settings of the {@code djl} generator.
     *
     * @param dir the Hugging Face checkpoint folder (config.json, safetensors, tokenizer.json); empty when unused
     * @param device {@code auto}, {@code cpu}, {@code gpu} or {@code gpu:N}
     * @param dtype the weights' type, {@code float32} or {@code float16}
     */
    public record Model(String dir, String device, String dtype) {

        public Model {
            Objects.requireNonNull(dir, "dir");
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(dtype, "dtype");
        }
    }

    public WorkerConfig {
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(decoding, "decoding");
        Objects.requireNonNull(strategies, "strategies");
        if (batchSize < 1 || maxHints < 1) {
            throw new IllegalArgumentException("batchSize and maxHints must be >= 1");
        }
    }

    /** The defaults overridden by {@code overrides} (properties keys), ignoring the environment. */
    public static WorkerConfig fromProperties(final Map<String, String> overrides) {
        final Settings settings = Settings.defaults();
        settings.putAll(overrides, key -> "overrides");
        return settings.build();
    }

    /** The defaults overridden by the properties file (if any), then by the environment's variables. */
    public static WorkerConfig load(final Optional<Path> file, final Map<String, String> environment) {
        final Settings settings = Settings.defaults();
        if (file.isPresent()) {
            settings.putAll(read(file.get()), key -> file.get().toString());
        }
        final Map<String, String> fromEnv = new TreeMap<>();
        final Map<String, String> envNames = new LinkedHashMap<>();
        for (final Map.Entry<String, String> e : environment.entrySet()) {
            if (!e.getKey().startsWith(ENV_PREFIX)) {
                continue;
            }
            if (KUBERNETES_SERVICE_LINK.matcher(e.getKey()).matches() && !settings.isKnownEnv(e.getKey())) {
                LOG.info("ignoring {}: it looks like a Kubernetes service link, not a worker setting", e.getKey());
                continue;
            }
            final String key = settings.keyForEnv(e.getKey());
            fromEnv.put(key, e.getValue());
            envNames.put(key, e.getKey());
        }
        settings.putAll(fromEnv, key -> "environment variable " + envNames.get(key));
        return settings.build();
    }

    private static Map<String, String> read(final Path file) {
        final Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (final IOException e) {
            throw new IllegalArgumentException("cannot read worker settings " + file + ": " + e.getMessage(), e);
        }
        final Map<String, String> map = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return map;
    }

    /** Raw settings with the source of each value, and typed, checked access. */
    private static final class Settings {

        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, String> sources = new LinkedHashMap<>();

        static Settings defaults() {
            final Settings settings = new Settings();
            final Properties properties = new Properties();
            try (InputStream in = WorkerConfig.class.getResourceAsStream(DEFAULTS)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + DEFAULTS + " is missing from the classpath");
                }
                properties.load(in);
            } catch (final IOException e) {
                throw new UncheckedIOException("cannot read " + DEFAULTS, e);
            }
            properties.stringPropertyNames().forEach(k -> {
                settings.values.put(k, properties.getProperty(k).strip());
                settings.sources.put(k, "defaults");
            });
            return settings;
        }

        void putAll(final Map<String, String> overrides, final Function<String, String> source) {
            for (final Map.Entry<String, String> e : overrides.entrySet()) {
                final String key = e.getKey().strip();
                if (!values.containsKey(key) && !key.startsWith(KAFKA_PREFIX)) {
                    throw new IllegalArgumentException("unknown worker setting '" + key + "' (from "
                            + source.apply(e.getKey()) + "); known settings: " + String.join(", ", knownKeys()));
                }
                values.put(key, e.getValue() == null ? "" : e.getValue().strip());
                sources.put(key, source.apply(e.getKey()));
            }
        }

        boolean isKnownEnv(final String variable) {
            return knownKeys().stream().anyMatch(k -> envName(k).equals(variable));
        }

        String keyForEnv(final String variable) {
            return knownKeys().stream()
                    .filter(k -> envName(k).equals(variable))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown worker setting in environment variable "
                            + variable + "; known variables: " + ENV_PREFIX + "<KEY> for keys "
                            + String.join(", ", knownKeys())));
        }

        WorkerConfig build() {
            final GeneratorKind kind = parse("generator", v -> GeneratorKind.valueOf(v.toUpperCase(Locale.ROOT)),
                    "none, djl or http");
            final String groupId = nonBlank("group.id");
            final String transactionalId = text("transactional.id").isEmpty()
                    ? groupId + "-" + UUID.randomUUID() : text("transactional.id");
            final Kafka kafka = new Kafka(nonBlank("bootstrap.servers"), groupId, transactionalId,
                    nonBlank("topic.requests"), nonBlank("topic.results"), nonBlank("topic.dlq"), clientProperties());
            final String modelDir = text("model.dir");
            if (kind == GeneratorKind.DJL && modelDir.isEmpty()) {
                throw new IllegalArgumentException("worker setting 'model.dir' is required with generator=djl");
            }
            final double temperature = parse("generation.temperature", Double::parseDouble, "a number >= 0");
            if (!(temperature >= 0)) {
                throw bad("generation.temperature", "a number >= 0");
            }
            final GenerationConfig decoding = new GenerationConfig(positive("generation.max.new.tokens"),
                    temperature, 1.0, List.of(), millis("generation.timeout.ms"), 0L);
            final StrategySelection strategies = new StrategySelection(
                    parse("prompt.rule.guided", PromptStrategy::fromId, STRATEGY_IDS),
                    parse("prompt.llm.only", PromptStrategy::fromId, STRATEGY_IDS));
            final int metricsPort = parse("metrics.port", Integer::parseInt, "a port number or -1");
            if (metricsPort < -1 || metricsPort > 65535) {
                throw bad("metrics.port", "a port number or -1");
            }
            final Model model = new Model(modelDir, nonBlank("model.device"), nonBlank("model.dtype"));
            return new WorkerConfig(kafka, kind, model,
                    kind == GeneratorKind.HTTP ? Optional.of(http()) : Optional.empty(),
                    positive("batch.size"), millis("batch.max.wait.ms"), decoding, strategies,
                    positive("prompt.max.hints"), metricsPort, millis("shutdown.grace.ms"));
        }

        private HttpGeneratorConfig http() {
            final URI endpoint = parse("http.endpoint", Settings::uri, "an http:// or https:// URL");
            final Duration timeout = millis("http.timeout.ms");
            final int retries = parse("http.retries", Integer::parseInt, "an integer >= 0");
            if (retries < 0) {
                throw bad("http.retries", "an integer >= 0");
            }
            if (text("http.model").isBlank()) {
                throw bad("http.model", "the name of the model the endpoint serves (required with generator=http)");
            }
            return new HttpGeneratorConfig(endpoint, text("http.model"), text("http.api.key"), Duration.ofSeconds(5),
                    timeout, retries, Duration.ofMillis(500), positive("http.concurrency"));
        }

        private Map<String, String> clientProperties() {
            final Map<String, String> client = new TreeMap<>();
            values.forEach((k, v) -> {
                if (k.startsWith(KAFKA_PREFIX)) {
                    client.put(k.substring(KAFKA_PREFIX.length()), v);
                }
            });
            return client;
        }

        private static String envName(final String key) {
            return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        }

        private List<String> knownKeys() {
            return values.keySet().stream().filter(k -> !k.startsWith(KAFKA_PREFIX)).sorted().toList();
        }

        private String text(final String key) {
            return values.getOrDefault(key, "");
        }

        private String nonBlank(final String key) {
            final String value = text(key);
            if (value.isBlank()) {
                throw bad(key, "a value");
            }
            return value;
        }

        private int positive(final String key) {
            final int value = parse(key, Integer::parseInt, "an integer >= 1");
            if (value < 1) {
                throw bad(key, "an integer >= 1");
            }
            return value;
        }

        private Duration millis(final String key) {
            final long value = parse(key, Long::parseLong, "a number of milliseconds >= 1");
            if (value < 1) {
                throw bad(key, "a number of milliseconds >= 1");
            }
            return Duration.ofMillis(value);
        }

        private <T> T parse(final String key, final Function<String, T> parser, final String expected) {
            try {
                return parser.apply(text(key));
            } catch (final IllegalArgumentException e) {
                throw bad(key, expected + " (" + e.getMessage() + ")");
            }
        }

        private IllegalArgumentException bad(final String key, final String expected) {
            return new IllegalArgumentException("worker setting '" + key + "' (from "
                    + sources.getOrDefault(key, "defaults") + ") must be " + expected + ", got '" + text(key) + "'");
        }

        private static URI uri(final String text) {
            try {
                final URI uri = new URI(text);
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                    throw new IllegalArgumentException("not an http URL");
                }
                return uri;
            } catch (final URISyntaxException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }
}
