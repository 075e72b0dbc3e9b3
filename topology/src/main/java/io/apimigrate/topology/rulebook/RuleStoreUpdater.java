package io.apimigrate.topology.rulebook;

import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleFormatException;
import io.apimigrate.schemas.MigrationRule;
import io.apimigrate.schemas.serde.AvroSerde;
import io.apimigrate.topology.metrics.AppMetrics;
import io.apimigrate.topology.metrics.AppMetrics.RuleUpdate;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the global rule store and the {@link RuleBook} in step with the compacted rule topic:
 * a valid rule is stored (as its rules.json object) and applied, a tombstone removes the rule,
 * anything else is rejected with a logged reason and never applied (a rule already in force
 * under that id stays in force).
 */
public final class RuleStoreUpdater implements Processor<String, byte[], Void, Void> {

    private static final Logger LOG = LoggerFactory.getLogger(RuleStoreUpdater.class);

    private final String storeName;
    private final RuleBook book;
    private final RuleParser parser;
    private final AppMetrics metrics;
    private final AvroSerde<MigrationRule> serde = AvroSerde.of(MigrationRule.class);
    private ProcessorContext<Void, Void> context;
    private KeyValueStore<String, String> store;

    public RuleStoreUpdater(final String storeName, final RuleBook book, final RuleParser parser,
            final AppMetrics metrics) {
        this.storeName = storeName;
        this.book = book;
        this.parser = parser;
        this.metrics = metrics;
    }

    @Override
    public void init(final ProcessorContext<Void, Void> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(final Record<String, byte[]> record) {
        final String key = record.key();
        if (key == null) {
            reject(record, "record has no key (the rule id)");
            return;
        }
        if (record.value() == null) {
            store.delete(key);
            book.remove(key);
            metrics.ruleUpdate(RuleUpdate.DELETED);
            LOG.info("rule '{}' deleted", key);
            return;
        }
        try {
            final MigrationRule value = serde.deserialize(where(), record.value());
            final Rule rule = RuleRecords.fromRecord(key, value, parser);
            store.put(key, value.getRuleJson());
            book.put(rule);
            metrics.ruleUpdate(RuleUpdate.ACCEPTED);
            LOG.debug("rule '{}' applied", key);
        } catch (final SerializationException | RuleFormatException e) {
            reject(record, e.getMessage());
        }
    }

    private void reject(final Record<String, byte[]> record, final String reason) {
        metrics.ruleUpdate(RuleUpdate.REJECTED);
        LOG.warn("rule record rejected and not applied ({}, key '{}'): {}", where(), record.key(), reason);
    }

    private String where() {
        return context.recordMetadata()
                .map(m -> m.topic() + "-" + m.partition() + "@" + m.offset())
                .orElse("rule topic");
    }
}
