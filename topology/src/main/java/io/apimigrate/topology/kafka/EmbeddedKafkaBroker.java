package io.apimigrate.topology.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in this JVM: KRaft combined mode (broker and controller in
 * one node) on free loopback ports, with a temporary log directory that {@link #close()}
 * deletes. Sized for tests and the command line's embedded mode: internal topics have one
 * partition and replication factor 1, the log cleaner's buffer is 8 MiB.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker().start()) {
 *     broker.createTopics(new NewTopic("code-snippets", 1, (short) 1));
 *     ... broker.bootstrapServers() ...
 * }
 * }</pre>
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final int START_ATTEMPTS = 3;
    private static final long READY_TIMEOUT_MS = 60_000;

    private final Map<String, String> overrides;
    private Path logDir;
    private KafkaRaftServer server;
    private String bootstrapServers;

    /** A broker with the default settings. */
    public EmbeddedKafkaBroker() {
        this(Map.of());
    }

    /** A broker whose server properties are the defaults with {@code overrides} applied on top. */
    public EmbeddedKafkaBroker(final Map<String, String> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * Formats a fresh log directory and starts the broker, waiting until it serves clients.
     * Retries on fresh ports when a port picked as free was taken meanwhile.
     *
     * @return this broker
     * @throws IllegalStateException when already started, or when the broker cannot start
     */
    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            throw new IllegalStateException("broker already started at " + bootstrapServers);
        }
        RuntimeException last = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                startOnce();
                return this;
            } catch (final RuntimeException e) {
                last = e;
                stopQuietly();
                if (!causedByBind(e)) {
                    break;
                }
                LOG.warn("port taken while starting the embedded broker, retrying on other ports ({})", e.toString());
            }
        }
        throw new IllegalStateException("embedded Kafka broker failed to start: " + last.getMessage(), last);
    }

    /** {@code host:port} of the broker's PLAINTEXT listener. */
    public synchronized String bootstrapServers() {
        if (server == null) {
            throw new IllegalStateException("broker not started");
        }
        return bootstrapServers;
    }

    /** The broker's log directory (deleted on close). */
    public synchronized Path logDir() {
        return logDir;
    }

    /** Creates topics of one partition each; topics that already exist are left as they are. */
    public void createTopics(final String... names) {
        final List<NewTopic> topics = new ArrayList<>();
        for (final String name : names) {
            topics.add(new NewTopic(name, 1, (short) 1));
        }
        createTopics(topics);
    }

    /** Creates the given topics and waits for them; topics that already exist are left as they are. */
    public void createTopics(final NewTopic... topics) {
        createTopics(Arrays.asList(topics));
    }

    /** Creates the given topics and waits for them; topics that already exist are left as they are. */
    public void createTopics(final Collection<NewTopic> topics) {
        try (Admin admin = admin()) {
            for (final var entry : admin.createTopics(topics).values().entrySet()) {
                try {
                    entry.getValue().get(READY_TIMEOUT_MS, TimeUnit.MILLISECONDS);
                } catch (final ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic '" + entry.getKey() + "': "
                                + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (final TimeoutException e) {
            throw new IllegalStateException("topics not created within " + READY_TIMEOUT_MS + " ms", e);
        }
    }

    /** An admin client on this broker; the caller closes it. */
    public Admin admin() {
        final Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return Admin.create(props);
    }

    /** Stops the broker and deletes its log directory; safe to call more than once. */
    @Override
    public synchronized void close() {
        stopQuietly();
    }

    private void startOnce() {
        final int brokerPort = freePort();
        final int controllerPort = freePort();
        logDir = TempFolders.create("apimigrate-kafka-", "Kafka log");
        final Properties props = serverProperties(brokerPort, controllerPort, logDir);
        format(props, logDir);
        server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        bootstrapServers = "127.0.0.1:" + brokerPort;
        awaitReady();
        LOG.info("embedded Kafka broker ready at {} (log dir {})", bootstrapServers, logDir);
    }

    private Properties serverProperties(final int brokerPort, final int controllerPort, final Path dir) {
        final Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", dir.toString());
        props.put("num.partitions", "1");
        props.put("default.replication.factor", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("log.cleaner.dedupe.buffer.size", "8388608");
        props.put("auto.create.topics.enable", "false");
        props.putAll(overrides);
        return props;
    }

    private static void format(final Properties props, final Path dir) {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(dir.toString()))
                    .setMetadataLogDirectory(dir.toString())
                    .setControllerListenerName(props.getProperty("controller.listener.names"))
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (final Exception e) {
            throw new IllegalStateException("cannot format Kafka log directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private void awaitReady() {
        try (Admin admin = admin()) {
            admin.describeCluster().nodes().get(READY_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        } catch (final ExecutionException | TimeoutException e) {
            throw new IllegalStateException("broker at " + bootstrapServers + " not ready within "
                    + READY_TIMEOUT_MS + " ms: " + e.getMessage(), e);
        }
    }

    private void stopQuietly() {
        if (server != null) {
            try {
                server.shutdown();
                server.awaitShutdown();
            } catch (final RuntimeException e) {
                LOG.warn("embedded Kafka broker did not stop cleanly: {}", e.toString());
            }
            server = null;
        }
        if (logDir != null) {
            TempFolders.deleteQuietly(logDir);
            logDir = null;
        }
        bootstrapServers = null;
    }

    private static boolean causedByBind(final Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (final IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}
