package io.apimigrate.topology.bench;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.Migrator;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.serde.AvroSerde;
import io.apimigrate.topology.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * An optional third application of the benchmark ({@code --engine-baseline 1}): the
 * pass-through plus, per snippet, the two steps every router must take, decoding the snippet
 * and running the rule engine on its code; the snippet's bytes are copied to the results topic
 * unchanged. What the topology spends beyond this application is its own routing, encoding and
 * metrics; what this one spends beyond the pass-through is the engine's, in place.
 */
final class EngineBaselineTopology {

    private EngineBaselineTopology() {
    }

    static Topology build(final Topics topics, final RuleSet rules, final RoutingThresholds thresholds) {
        final Migrator engine = MigrationEngine.of(rules, thresholds);
        final AvroSerde<CodeSnippet> snippets = AvroSerde.of(CodeSnippet.class);
        final StreamsBuilder builder = new StreamsBuilder();
        builder.stream(topics.snippets(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .peek((key, value) -> engine.migrate(snippets.deserialize(topics.snippets(), value).getCode()),
                        Named.as("decode-and-migrate"))
                .to(topics.results(), Produced.with(Serdes.String(), Serdes.ByteArray()));
        builder.stream(topics.results(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .foreach((key, value) -> { }, Named.as("results-read"));
        return builder.build();
    }
}
