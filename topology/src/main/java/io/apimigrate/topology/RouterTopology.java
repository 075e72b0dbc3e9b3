package io.apimigrate.topology;

import io.apimigrate.schemas.MetricsSnapshot;
import io.apimigrate.schemas.serde.AvroSerde;
import io.apimigrate.topology.metrics.Accumulator;
import io.apimigrate.topology.metrics.AppMetrics;
import io.apimigrate.topology.metrics.WindowPartials;
import io.apimigrate.topology.metrics.WriteBehindStore;
import io.apimigrate.topology.routing.RouterProcessor;
import io.apimigrate.topology.routing.SnippetCheck;
import io.apimigrate.topology.routing.SnippetRouter;
import io.apimigrate.topology.rulebook.RuleBook;
import io.apimigrate.topology.rulebook.RuleStoreUpdater;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.Stores;

/**
 * The streaming system's topology. Snippets are decoded, checked and routed by the rule engine
 * built from the global rule store: {@code DIRECT_RULE} and {@code UNCHANGED} answers go to the
 * results topic, {@code RULE_GUIDED} and {@code LLM_ONLY} to the guided-generation topic with
 * their hints, anything unprocessable to the dead-letter topic with error headers. A metrics
 * sub-topology aggregates the results topic per window into the metrics topic.
 */
public final class RouterTopology {

    /** The global store of valid rules: rule id to rules.json object. */
    public static final String RULES_STORE = "rules-store";
    /** First-stage metrics store: (window, strategy, library) to totals. */
    public static final String PARTIALS_STORE = "metrics-partials-store";
    /** Second-stage metrics store: windowed totals per dimension value. */
    public static final String TOTALS_STORE = "metrics-totals-store";

    private static final int LATE_WINDOWS = 10;

    private RouterTopology() {
    }

    /** The production topology: the real rule engine, the strict rule parser, the system clock. */
    public static Topology build(final TopologyConfig config, final AppMetrics metrics) {
        return build(config, metrics, Wiring.production(config.thresholds()));
    }

    /**
     * The topology with the given wiring. Run one {@code KafkaStreams} per built topology: its
     * rule book is fed by that instance's global store.
     */
    public static Topology build(final TopologyConfig config, final AppMetrics metrics, final Wiring wiring) {
        final StreamsBuilder builder = new StreamsBuilder();
        final Topics topics = config.topics();
        final RuleBook book = new RuleBook(wiring.engines(), metrics::engineRebuilt);
        metrics.activeRules(book::size);

        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(RULES_STORE), Serdes.String(), Serdes.String())
                        .withLoggingDisabled(),
                topics.rules(),
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("rules-source"),
                () -> new RuleStoreUpdater(RULES_STORE, book, wiring.ruleParser(), metrics));

        routing(builder, config, metrics, book, wiring.clock());
        metrics(builder, config, metrics);
        return builder.build();
    }

    private static void routing(final StreamsBuilder builder, final TopologyConfig config, final AppMetrics metrics,
            final RuleBook book, final Clock clock) {
        final Topics topics = config.topics();
        final SnippetCheck check = new SnippetCheck(config.maxCodeChars(), config.languages());
        final SnippetRouter router = new SnippetRouter(clock);
        // the router encodes each outcome and forwards it to the sink of its topic by name
        final KStream<String, byte[]> routed = builder
                .stream(topics.snippets(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("snippets-source"))
                .processValues(() -> new RouterProcessor(check, router, book, metrics), Named.as("route"));
        routed.to(topics.results(), Produced.with(Serdes.String(), Serdes.ByteArray())
                .withName(RouterProcessor.RESULTS));
        routed.to(topics.guided(), Produced.with(Serdes.String(), Serdes.ByteArray())
                .withName(RouterProcessor.GUIDED));
        routed.to(topics.deadLetters(), Produced.with(Serdes.String(), Serdes.ByteArray())
                .withName(RouterProcessor.DEAD_LETTERS));
    }

    private static void metrics(final StreamsBuilder builder, final TopologyConfig config, final AppMetrics metrics) {
        final Duration window = config.metricsWindow();
        // changelogged; written once per commit (running totals change on every result)
        builder.addStateStore(WriteBehindStore.builder(Stores.keyValueStoreBuilder(
                        Stores.inMemoryKeyValueStore(PARTIALS_STORE), Serdes.String(), Accumulator.serde())
                .withCachingDisabled()));
        final Duration late = window.multipliedBy(LATE_WINDOWS);
        builder.stream(config.topics().results(),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("results-source"))
                .process(() -> new WindowPartials(PARTIALS_STORE, window, config.metricsGrace(), metrics),
                        Named.as("metrics-partials"), PARTIALS_STORE)
                .groupByKey(Grouped.with("metrics-by-dimension", Serdes.String(), Accumulator.serde()))
                .windowedBy(TimeWindows.ofSizeAndGrace(window, late))
                .reduce((total, partial) -> total.merge(partial), Named.as("metrics-totals"),
                        Materialized.<String, Accumulator>as(Stores.inMemoryWindowStore(
                                        TOTALS_STORE, window.plus(late), window, false))
                                .withKeySerde(Serdes.String())
                                .withValueSerde(Accumulator.serde()))
                .toStream(Named.as("metrics-updates"))
                .map(RouterTopology::snapshot, Named.as("metrics-snapshot"))
                .to(config.topics().metrics(), Produced.with(Serdes.String(), AvroSerde.of(MetricsSnapshot.class))
                        .withName("metrics-sink"));
    }

    /** Key {@code <window start>|<dimension>|<value>}, e.g. {@code 2025-01-02T03:04:00Z|strategy|DIRECT_RULE}. */
    private static KeyValue<String, MetricsSnapshot> snapshot(final Windowed<String> key, final Accumulator total) {
        final String[] dimension = key.key().split("\\|", 2);
        final Instant start = key.window().startTime();
        return KeyValue.pair(start + "|" + key.key(),
                total.toSnapshot(start, key.window().endTime(), dimension[0], dimension[1]));
    }
}
