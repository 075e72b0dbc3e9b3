package io.apimigrate.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the topology's topics that are missing; the rule topic is compacted. */
public final class TopicProvisioner {

    private static final long TIMEOUT_S = 60;

    private TopicProvisioner() {
    }

    /** The topics of the configuration, as they would be created. */
    public static List<NewTopic> topics(final TopologyConfig config) {
        final Topics t = config.topics();
        final List<NewTopic> topics = new ArrayList<>();
        for (final String name : List.of(t.snippets(), t.guided(), t.results(), t.metrics(), t.deadLetters())) {
            topics.add(new NewTopic(name, config.topicPartitions(), config.topicReplication()));
        }
        topics.add(new NewTopic(t.rules(), 1, config.topicReplication())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        return topics;
    }

    /** Creates the missing topics and waits for them; returns the names created. */
    public static Set<String> ensure(final Admin admin, final TopologyConfig config) {
        final Set<String> existing;
        try {
            existing = admin.listTopics().names().get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (final ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list topics at " + config.bootstrapServers() + ": " + e, e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing topics", e);
        }
        final List<NewTopic> missing = topics(config).stream().filter(t -> !existing.contains(t.name())).toList();
        for (final var entry : admin.createTopics(missing).values().entrySet()) {
            try {
                entry.getValue().get(TIMEOUT_S, TimeUnit.SECONDS);
            } catch (final ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic '" + entry.getKey() + "': "
                            + e.getCause().getMessage(), e.getCause());
                }
            } catch (final TimeoutException e) {
                throw new IllegalStateException("topic '" + entry.getKey() + "' not created in " + TIMEOUT_S + " s", e);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while creating topics", e);
            }
        }
        return Set.copyOf(missing.stream().map(NewTopic::name).toList());
    }
}
