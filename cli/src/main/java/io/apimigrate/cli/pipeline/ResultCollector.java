package io.apimigrate.cli.pipeline;

import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.MigrationResult;
import io.apimigrate.schemas.serde.AvroSerde;
import io.apimigrate.topology.routing.DeadLetterHeaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.apache.avro.AvroRuntimeException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads one job's answers from the results topic and the dead-letter topics (committed records only), keeping
 * the first answer per snippet id and counting the extra ones. Positions are fixed when it is created: at the
 * topics' ends (to read only what a run about to start produces) or at their beginnings.
 */
public final class ResultCollector implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration SETTLE = Duration.ofMillis(300);

    private final JobKeys keys;
    private final String resultsTopic;
    private final KafkaConsumer<String, byte[]> consumer;
    private final AvroSerde<MigrationResult> results = AvroSerde.of(MigrationResult.class);
    private final AvroSerde<CodeSnippet> snippets = AvroSerde.of(CodeSnippet.class);
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final Map<String, Integer> duplicates = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * @param fromEnd true to read only records written after this call, false to read the topics from the start
     * @throws IllegalStateException when the results topic does not exist
     */
    public ResultCollector(final String bootstrapServers, final String resultsTopic,
            final Collection<String> deadLetterTopics, final JobKeys keys, final boolean fromEnd) {
        this.keys = keys;
        this.resultsTopic = resultsTopic;
        this.consumer = new KafkaConsumer<>(props(bootstrapServers), new StringDeserializer(),
                new ByteArrayDeserializer());
        try {
            final List<TopicPartition> partitions = new ArrayList<>(partitions(resultsTopic));
            if (partitions.isEmpty()) {
                throw new IllegalStateException("topic " + resultsTopic + " does not exist at " + bootstrapServers);
            }
            for (final String topic : deadLetterTopics) {
                partitions.addAll(partitions(topic));
            }
            consumer.assign(partitions);
            if (fromEnd) {
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position);
            } else {
                consumer.seekToBeginning(partitions);
            }
        } catch (final RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    /**
     * Reads until every expected id has an answer, or until {@code idleTimeout} passes without a new answer.
     *
     * @param expected the ids to wait for
     * @param progress told the number of expected ids answered so far
     * @param failed true when waiting longer is pointless (the system producing the answers failed)
     */
    public Collected awaitIds(final Set<String> expected, final Duration idleTimeout, final IntConsumer progress,
            final BooleanSupplier failed) {
        final int[] found = {0};
        final boolean complete = read(idleTimeout, id -> {
            if (expected.contains(id)) {
                progress.accept(++found[0]);
            }
        }, () -> found[0] >= expected.size() || failed.getAsBoolean()) && found[0] >= expected.size();
        return new Collected(answers, duplicates, problems, complete);
    }

    /**
     * Reads until {@code count} ids have an answer, or until {@code idleTimeout} passes without a new answer.
     */
    public Collected awaitCount(final int count, final Duration idleTimeout, final IntConsumer progress) {
        final boolean complete = read(idleTimeout, id -> progress.accept(answers.size()),
                () -> answers.size() >= count);
        return new Collected(answers, duplicates, problems, complete);
    }

    /** Reads what the topics hold now (up to their current ends), then stops. */
    public Collected drain(final Duration timeout) {
        final Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        final boolean complete = read(timeout, id -> { },
                () -> ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue()));
        return new Collected(answers, duplicates, problems, complete);
    }

    private boolean read(final Duration idleTimeout, final Consumer<String> onNew,
            final BooleanSupplier done) {
        long idleDeadline = System.nanoTime() + idleTimeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > idleDeadline) {
                return false;
            }
            if (poll(POLL, onNew)) {
                idleDeadline = System.nanoTime() + idleTimeout.toNanos();
            }
        }
        poll(SETTLE, onNew);
        return true;
    }

    /** One poll; true when it brought a new answer. */
    private boolean poll(final Duration timeout, final Consumer<String> onNew) {
        boolean fresh = false;
        final long now = System.currentTimeMillis();
        for (final ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
            if (!keys.owns(record.key())) {
                continue;
            }
            final String id = keys.id(record.key());
            final Answer answer = decode(record, now);
            if (answer == null) {
                continue;
            }
            if (answers.putIfAbsent(id, answer) == null) {
                fresh = true;
                onNew.accept(id);
            } else {
                duplicates.merge(id, 1, Integer::sum);
            }
        }
        return fresh;
    }

    private Answer decode(final ConsumerRecord<String, byte[]> record, final long now) {
        if (record.topic().equals(resultsTopic)) {
            try {
                final MigrationResult result = results.deserialize(record.topic(), record.value());
                if (result == null) {
                    throw new KafkaException("empty value");
                }
                return Answer.of(result, now);
            } catch (final KafkaException | AvroRuntimeException e) {
                problems.add(where(record) + ": not a MigrationResult: " + e.getMessage());
                return null;
            }
        }
        final String stage = DeadLetterHeaders.get(record.headers(), DeadLetterHeaders.STAGE);
        final String reason = DeadLetterHeaders.get(record.headers(), DeadLetterHeaders.REASON);
        final String why = reason == null ? "no reason given" : reason.replace(record.key(), keys.id(record.key()));
        return Answer.rejected(codeOf(record), stage == null ? "UNKNOWN" : stage, why + " (" + where(record) + ")",
                0L);
    }

    private String codeOf(final ConsumerRecord<String, byte[]> record) {
        try {
            final CodeSnippet snippet = snippets.deserialize(record.topic(), record.value());
            return snippet == null ? "" : snippet.getCode();
        } catch (final KafkaException | AvroRuntimeException e) {
            return "";
        }
    }

    private static String where(final ConsumerRecord<String, byte[]> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private List<TopicPartition> partitions(final String topic) {
        final List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        final List<TopicPartition> out = new ArrayList<>();
        if (infos != null) {
            infos.forEach(p -> out.add(new TopicPartition(p.topic(), p.partition())));
        }
        return out;
    }

    private static Properties props(final String bootstrapServers) {
        final Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        return props;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
