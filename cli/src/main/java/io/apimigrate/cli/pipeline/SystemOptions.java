package io.apimigrate.cli.pipeline;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** The options of the commands that run the streaming system: where Kafka is, the generator, the timeouts. */
public final class SystemOptions {

    @Option(names = "--embedded", description = "Start a Kafka broker in this process (the default unless "
            + "--bootstrap is given).")
    private boolean embedded;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT",
            description = "Use this Kafka cluster instead of an in-process broker; topics missing there are created.")
    private String bootstrap;

    @Option(names = "--generator", defaultValue = "none", paramLabel = "KIND",
            description = "What answers the snippets the rules cannot: none (they come back UNRESOLVED), djl "
                    + "(--model) or http (--endpoint, --http-model). Default: ${DEFAULT-VALUE}.")
    private String generator;

    @Option(names = "--model", paramLabel = "DIR", description = "Checkpoint folder of the djl generator.")
    private Path model;

    @Option(names = "--device", defaultValue = "auto", paramLabel = "DEVICE",
            description = "Device of the djl generator: auto, cpu, gpu or gpu:N (default: ${DEFAULT-VALUE}).")
    private String device;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "OpenAI-compatible completions endpoint of the http generator.")
    private String endpoint;

    @Option(names = "--http-model", defaultValue = "", paramLabel = "NAME",
            description = "The model name the http endpoint serves.")
    private String httpModel;

    @Option(names = "--timeout", defaultValue = "120", paramLabel = "S",
            description = "Give up when no new answer arrived for this many seconds (default: ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    @Option(names = "--verbose", description = "Log what the broker, topology and worker do (to stderr).")
    private boolean verbose;

    /**
     * The cluster to use, empty for an in-process broker.
     *
     * @throws IllegalArgumentException when both --embedded and --bootstrap are given
     */
    public Optional<String> bootstrap() {
        if (embedded && bootstrap != null) {
            throw new IllegalArgumentException("--embedded and --bootstrap exclude each other; give one");
        }
        if (bootstrap != null && !bootstrap.matches("[^\\s:,]+:\\d{1,5}(,[^\\s:,]+:\\d{1,5})*")) {
            throw new IllegalArgumentException("--bootstrap: expected HOST:PORT[,HOST:PORT...], got '" + bootstrap
                    + "'");
        }
        return Optional.ofNullable(bootstrap);
    }

    /** The generator choice. */
    public GeneratorChoice generator() {
        return new GeneratorChoice(generator, Optional.ofNullable(model), device, Optional.ofNullable(endpoint),
                httpModel);
    }

    /**
     * The idle timeout.
     *
     * @throws IllegalArgumentException when not positive
     */
    public Duration timeout() {
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("--timeout: must be at least 1 second, got " + timeoutSeconds);
        }
        return Duration.ofSeconds(timeoutSeconds);
    }

    /** Turns the project's and Kafka's INFO logs off unless --verbose was given. */
    public void applyLogLevel() {
        level("io.apimigrate", verbose ? Level.INFO : Level.WARN);
        level("org.apache.kafka", verbose ? Level.WARN : Level.ERROR);
        level("kafka", verbose ? Level.WARN : Level.ERROR);
    }

    private static void level(final String name, final Level level) {
        if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(level);
        }
    }
}
