package io.apimigrate.topology.rulebook;

import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleFormatException;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.rules.model.RulesJson;
import io.apimigrate.schemas.MigrationRule;
import io.apimigrate.schemas.serde.AvroSerde;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes rules to the compacted rule topic, e.g. to seed it from a rules.json. */
public final class RulesSeeder {

    private RulesSeeder() {
    }

    /**
     * Reads a rules.json and publishes every rule, keyed by id; returns how many.
     *
     * @throws RuleFormatException when the file is invalid (nothing is published then)
     */
    public static int publish(final Path rulesJson, final String bootstrapServers, final String topic)
            throws RuleFormatException {
        final RuleSet rules = RulesJson.read(rulesJson);
        try (Producer<String, MigrationRule> producer = producer(bootstrapServers)) {
            return publish(rules, producer, topic);
        }
    }

    /** Publishes every rule of the set, keyed by id, and waits until all are acknowledged. */
    public static int publish(final RuleSet rules, final Producer<String, MigrationRule> producer,
            final String topic) {
        final List<Rule> list = rules.rules();
        final List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (final Rule rule : list) {
            sent.add(producer.send(new ProducerRecord<>(topic, rule.id(), RuleRecords.toRecord(rule))));
        }
        producer.flush();
        for (int i = 0; i < sent.size(); i++) {
            await(sent.get(i), "rule '" + list.get(i).id() + "'");
        }
        return list.size();
    }

    /** Publishes a tombstone that deletes the rule with the given id. */
    public static void delete(final String id, final Producer<String, MigrationRule> producer, final String topic) {
        await(producer.send(new ProducerRecord<>(topic, id, null)), "tombstone of rule '" + id + "'");
    }

    private static void await(final Future<RecordMetadata> future, final String what) {
        try {
            future.get();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + what, e);
        } catch (final ExecutionException e) {
            throw new IllegalStateException("cannot publish " + what + ": " + e.getCause().getMessage(), e);
        }
    }

    /** An idempotent producer of rule records; the caller closes it. */
    public static Producer<String, MigrationRule> producer(final String bootstrapServers) {
        final Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        final AvroSerde<MigrationRule> serde = AvroSerde.of(MigrationRule.class);
        return new KafkaProducer<>(props, new StringSerializer(), serde.serializer());
    }
}
