package io.apimigrate.topology.bench;

import io.apimigrate.topology.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The baseline of the benchmark: the router topology's topic plumbing without its logic. It
 * copies each snippet's bytes to the results topic and reads the results topic back (as the
 * metrics sub-topology does) without aggregating.
 */
final class PassThroughTopology {

    private PassThroughTopology() {
    }

    static Topology build(final Topics topics) {
        final StreamsBuilder builder = new StreamsBuilder();
        builder.stream(topics.snippets(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .to(topics.results(), Produced.with(Serdes.String(), Serdes.ByteArray()));
        builder.stream(topics.results(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .foreach((key, value) -> { }, Named.as("results-read"));
        return builder.build();
    }
}
