package io.apimigrate.cli.pipeline;

import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.serde.AvroSerde;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends snippets of one job to the snippets topic as {@code CodeSnippet} records keyed by job key. */
public final class SnippetPublisher {

    private final String bootstrapServers;
    private final String topic;
    private final AvroSerde<CodeSnippet> serde = AvroSerde.of(CodeSnippet.class);

    public SnippetPublisher(final String bootstrapServers, final String topic) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
    }

    /**
     * Sends every snippet and waits until the broker acknowledged all of them.
     *
     * @param sent told how many snippets were handed to the producer so far
     * @throws IllegalStateException naming the first snippet the broker did not take
     */
    public void publish(final JobKeys keys, final List<SnippetInput> snippets, final IntConsumer sent) {
        final AtomicReference<String> failure = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props(), new StringSerializer(),
                new ByteArraySerializer())) {
            int count = 0;
            for (final SnippetInput snippet : snippets) {
                final String key = keys.key(snippet.id());
                final byte[] value = serde.serialize(topic, record(key, snippet));
                producer.send(new ProducerRecord<>(topic, key, value), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, "snippet '" + snippet.id() + "': " + e.getMessage());
                    }
                });
                sent.accept(++count);
                if (failure.get() != null) {
                    break;
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("cannot send snippets to topic " + topic + " at " + bootstrapServers
                    + ": " + failure.get());
        }
    }

    static CodeSnippet record(final String key, final SnippetInput snippet) {
        final CodeSnippet.Builder builder = CodeSnippet.newBuilder()
                .setId(key)
                .setCode(snippet.code())
                .setLanguage("python")
                .setLibraryHints(snippet.library().isEmpty() ? List.of() : List.of(snippet.library()))
                .setExpected(snippet.expected().orElse(null))
                .setSubmittedAt(Instant.now());
        snippet.origin().ifPresent(o -> builder.setRepository(o.repository()).setPath(o.path()).setLine(o.line()));
        return builder.build();
    }

    private Properties props() {
        final Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000");
        return props;
    }
}
