package io.apimigrate.topology.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write-behind store under TopologyTestDriver, which commits after every input record the
 * way a stream thread commits: pending values reach the changelog at each commit, once per key.
 */
class WriteBehindStoreTest {

    private static final String STORE = "totals";
    private static final String CHANGELOG = "app-" + STORE + "-changelog";

    @TempDir
    Path stateDir;

    @Test
    void shouldWriteEachKeysLatestValueToTheChangelogOncePerCommit() {
        try (TopologyTestDriver driver = driver()) {
            final var in = driver.createInputTopic("in", Serdes.String().serializer(), Serdes.Long().serializer());
            final var changelog = driver.createOutputTopic(CHANGELOG, Serdes.String().deserializer(),
                    Serdes.Long().deserializer());

            in.pipeInput("a", 5L);
            in.pipeInput("a", 2L);
            in.pipeInput("b", 1L);

            // each input adds its value three times over: one changelog record per commit and key
            assertEquals(List.of(KeyValue.pair("a", 15L), KeyValue.pair("a", 21L), KeyValue.pair("b", 3L)),
                    changelog.readKeyValuesToList());
            final KeyValueStore<String, Long> store = driver.getKeyValueStore(STORE);
            assertEquals(21L, store.get("a"));
            assertEquals(3L, store.get("b"));
        }
    }

    @Test
    void shouldWritePendingValuesDownBeforeAScanAndDeleteAtOnce() {
        try (TopologyTestDriver driver = driver()) {
            final var in = driver.createInputTopic("in", Serdes.String().serializer(), Serdes.Long().serializer());
            final var changelog = driver.createOutputTopic(CHANGELOG, Serdes.String().deserializer(),
                    Serdes.Long().deserializer());
            final var out = driver.createOutputTopic("out", Serdes.String().deserializer(), Serdes.Long().deserializer());

            in.pipeInput("a", 1L);
            in.pipeInput("scan-and-clear", 0L);

            assertEquals(List.of(KeyValue.pair("a", 3L), KeyValue.pair("scan-and-clear", 0L)),
                    out.readKeyValuesToList());
            final List<KeyValue<String, Long>> logged = changelog.readKeyValuesToList();
            assertEquals(KeyValue.pair("a", 3L), logged.get(0));
            assertTrue(logged.contains(KeyValue.pair("a", null)), logged.toString());
            assertNull(driver.<String, Long>getKeyValueStore(STORE).get("a"));
        }
    }

    private TopologyTestDriver driver() {
        final Topology topology = new Topology();
        topology.addSource("source", Serdes.String().deserializer(), Serdes.Long().deserializer(), "in");
        topology.addProcessor("totals", Totals::new, "source");
        topology.addStateStore(WriteBehindStore.builder(Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(STORE), Serdes.String(), Serdes.Long()).withCachingDisabled()), "totals");
        topology.addSink("sink", "out", Serdes.String().serializer(), Serdes.Long().serializer(), "totals");
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "app");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        return new TopologyTestDriver(topology, props);
    }

    /** Adds each value three times to its key's total; a scan-and-clear record forwards every total and deletes it. */
    private static final class Totals implements Processor<String, Long, String, Long> {

        private ProcessorContext<String, Long> context;
        private KeyValueStore<String, Long> store;

        @Override
        public void init(final ProcessorContext<String, Long> context) {
            this.context = context;
            this.store = context.getStateStore(STORE);
        }

        @Override
        public void process(final Record<String, Long> record) {
            if (record.key().equals("scan-and-clear")) {
                final List<String> keys = new ArrayList<>();
                try (KeyValueIterator<String, Long> all = store.all()) {
                    all.forEachRemaining(entry -> {
                        keys.add(entry.key);
                        context.forward(record.withKey(entry.key).withValue(entry.value));
                    });
                }
                keys.forEach(store::delete);
                context.forward(record);
                return;
            }
            for (int i = 0; i < 3; i++) {
                final Long total = store.get(record.key());
                store.put(record.key(), (total == null ? 0 : total) + record.value());
            }
        }
    }
}
