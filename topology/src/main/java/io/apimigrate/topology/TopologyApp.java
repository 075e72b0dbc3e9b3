package io.apimigrate.topology;

import io.apimigrate.rules.model.RuleFormatException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the topology until stopped: {@code TopologyApp [config.properties]}. Settings come from
 * {@code topology.properties}, the given file and {@code APIMIGRATE_*} environment variables.
 * Exit status 2 on bad configuration or seed rules, 1 when the topology fails.
 */
public final class TopologyApp {

    private static final Logger LOG = LoggerFactory.getLogger(TopologyApp.class);

    private TopologyApp() {
    }

    public static void main(final String[] args) throws InterruptedException {
        if (args.length > 1) {
            System.err.println("usage: TopologyApp [config.properties]");
            System.exit(2);
        }
        final TopologyConfig config;
        final TopologyRunner runner;
        try {
            config = args.length == 1
                    ? TopologyConfig.load(Path.of(args[0]), System.getenv())
                    : TopologyConfig.from(new Properties(), System.getenv());
            runner = TopologyRunner.start(config);
        } catch (final IllegalArgumentException | RuleFormatException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(runner::close, "topology-shutdown"));
        LOG.info("topology {} running against {}", config.applicationId(), config.bootstrapServers());
        runner.awaitStopped(Duration.ofDays(365_000));
        if (runner.state() == org.apache.kafka.streams.KafkaStreams.State.ERROR) {
            System.exit(1);
        }
    }
}
