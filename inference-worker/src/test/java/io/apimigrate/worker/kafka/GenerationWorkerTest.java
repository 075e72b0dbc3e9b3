package io.apimigrate.worker.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.GenerationRequest;
import io.apimigrate.schemas.MigrationResult;
import io.apimigrate.schemas.MigrationStrategy;
import io.apimigrate.schemas.ResultStatus;
import io.apimigrate.schemas.serde.AvroSerde;
import io.apimigrate.topology.kafka.EmbeddedKafkaBroker;
import io.apimigrate.worker.WorkerConfig;
import io.apimigrate.worker.generate.Generator;
import io.apimigrate.worker.generate.NoneGenerator;
import io.apimigrate.worker.validate.FakeGenerator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The worker loop against a real in-process broker, with a scripted generator. */
class GenerationWorkerTest {

    private static final AvroSerde<GenerationRequest> REQUESTS = AvroSerde.of(GenerationRequest.class);
    private static final AvroSerde<MigrationResult> RESULTS = AvroSerde.of(MigrationResult.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaBroker().start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    /** Topic and group names of one test. */
    private record Names(String requests, String results, String dlq, String group) {

        static Names of(final TestInfo test, final int partitions) {
            final String base = test.getTestMethod().orElseThrow().getName();
            final Names names = new Names(base + "-requests", base + "-results", base + "-dlq", base + "-group");
            broker.createTopics(new NewTopic(names.requests, partitions, (short) 1),
                    new NewTopic(names.results, 1, (short) 1), new NewTopic(names.dlq, 1, (short) 1));
            return names;
        }

        WorkerConfig config(final Map<String, String> extra) {
            final Map<String, String> props = new HashMap<>(Map.of("bootstrap.servers", broker.bootstrapServers(),
                    "group.id", group, "topic.requests", requests, "topic.results", results, "topic.dlq", dlq,
                    "batch.size", "4", "batch.max.wait.ms", "20", "shutdown.grace.ms", "5000"));
            props.putAll(extra);
            return WorkerConfig.fromProperties(props);
        }
    }

    private static GenerationRequest request(final String id) {
        return GenerationRequest.newBuilder()
                .setSnippet(CodeSnippet.newBuilder().setId(id).setCode("x = np.float(" + id.length() + ")\n")
                        .setExpected("x = np.float64(" + id.length() + ")\n").build())
                .setStrategy(MigrationStrategy.LLM_ONLY)
                .setConfidence(0.3)
                .setLibrary("numpy")
                .build();
    }

    private static List<String> ids(final String prefix, final int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
    }

    private static void send(final String topic, final List<ProducerRecord<byte[], byte[]>> records) {
        final Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
            records.forEach(producer::send);
        }
    }

    private static void sendRequests(final String topic, final List<String> ids) {
        send(topic, ids.stream().map(id -> new ProducerRecord<>(topic, id.getBytes(StandardCharsets.UTF_8),
                REQUESTS.serialize(topic, request(id)))).toList());
    }

    /**
     * Reads committed records until {@code count} arrived, then a little longer to catch duplicates; fails at
     * once when the worker's loop fails.
     */
    private static List<ConsumerRecord<byte[], byte[]>> read(final String topic, final int count,
                                                             final GenerationWorker worker) {
        final Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            final TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            final long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                worker.failure().ifPresent(e -> fail("worker loop failed", e));
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    private static List<MigrationResult> results(final String topic, final int count,
                                                 final GenerationWorker worker) {
        return read(topic, count, worker).stream().map(r -> RESULTS.deserialize(topic, r.value())).toList();
    }

    private static void await(final BooleanSupplier condition) throws InterruptedException {
        final long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met within " + PATIENCE);
            Thread.sleep(20);
        }
    }

    private static GenerationWorker start(final WorkerConfig config, final Generator generator,
                                          final SimpleMeterRegistry registry) {
        final GenerationWorker worker = new GenerationWorker(config, generator, registry);
        worker.start();
        return worker;
    }

    @Test
    void everyRequestGetsExactlyOneResult(final TestInfo test) throws InterruptedException {
        final Names names = Names.of(test, 3);
        final List<String> ids = ids("n", 30);
        sendRequests(names.requests(), ids);
        final SimpleMeterRegistry registry = new SimpleMeterRegistry();

        try (GenerationWorker worker = start(names.config(Map.of()),
                FakeGenerator.replying(p -> "x = np.float64(1)\n"), registry)) {
            final List<MigrationResult> results = results(names.results(), ids.size(), worker);

            assertEquals(ids.size(), results.size());
            assertEquals(new TreeSet<>(ids), results.stream().map(MigrationResult::getSnippetId)
                    .collect(Collectors.toCollection(TreeSet::new)));
            final MigrationResult first = results.get(0);
            assertEquals("x = np.float64(1)\n", first.getMigrated());
            assertEquals(ResultStatus.OK, first.getStatus());
            assertEquals("fake", first.getGenerator());
            assertEquals("scripted", first.getModel());
            assertEquals(MigrationStrategy.LLM_ONLY, first.getStrategy());
            assertEquals("numpy", first.getLibrary());
            await(() -> worker.publishedResults() == ids.size());
            assertEquals(30.0, registry.get("apimigrate.worker.results").tag("status", "MIGRATED").counter().count());
            assertTrue(registry.get("apimigrate.worker.batch.size").summary().max() <= 4.0);
        }
    }

    @Test
    void withoutAGeneratorEveryInputComesBackUnresolved(final TestInfo test) {
        final Names names = Names.of(test, 1);
        sendRequests(names.requests(), List.of("u1"));

        try (GenerationWorker worker = start(names.config(Map.of()), new NoneGenerator(), new SimpleMeterRegistry())) {
            final MigrationResult result = results(names.results(), 1, worker).get(0);

            assertEquals("x = np.float(2)\n", result.getMigrated());
            assertEquals(ResultStatus.UNRESOLVED, result.getStatus());
            assertEquals(false, result.getValid());
            assertEquals("none", result.getGenerator());
            assertEquals("x = np.float64(2)\n", result.getExpected());
        }
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheLoopGoesOn(final TestInfo test) {
        final Names names = Names.of(test, 1);
        final byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);
        send(names.requests(), List.of(
                new ProducerRecord<>(names.requests(), "p1".getBytes(StandardCharsets.UTF_8),
                        REQUESTS.serialize(names.requests(), request("p1"))),
                new ProducerRecord<>(names.requests(), "bad".getBytes(StandardCharsets.UTF_8), garbage),
                new ProducerRecord<>(names.requests(), "p2".getBytes(StandardCharsets.UTF_8),
                        REQUESTS.serialize(names.requests(), request("p2")))));

        try (GenerationWorker worker = start(names.config(Map.of()), FakeGenerator.replying(p -> "y = 1"),
                new SimpleMeterRegistry())) {
            assertEquals(Set.of("p1", "p2"), results(names.results(), 2, worker).stream()
                    .map(MigrationResult::getSnippetId).collect(Collectors.toSet()));
            final List<ConsumerRecord<byte[], byte[]>> dead = read(names.dlq(), 1, worker);

            assertEquals(1, dead.size());
            assertArrayEquals(garbage, dead.get(0).value());
            assertEquals("bad", new String(dead.get(0).key(), StandardCharsets.UTF_8));
            assertEquals(DeadLetters.WORKER_STAGE, header(dead.get(0), DeadLetters.STAGE));
            assertTrue(header(dead.get(0), DeadLetters.REASON).startsWith("cannot decode GenerationRequest"),
                    header(dead.get(0), DeadLetters.REASON));
            assertEquals("1", header(dead.get(0), DeadLetters.OFFSET));
        }
    }

    @Test
    void shutdownMidStreamLosesNothingAndDuplicatesNothing(final TestInfo test) throws InterruptedException {
        final Names names = Names.of(test, 2);
        final List<String> ids = ids("s", 40);
        sendRequests(names.requests(), ids);
        final WorkerConfig abandoning = names.config(Map.of("shutdown.grace.ms", "1"));

        final GenerationWorker first = start(abandoning, FakeGenerator.replying(p -> "z = 1").slowed(300),
                new SimpleMeterRegistry());
        await(() -> first.publishedResults() >= 8);
        first.close();
        assertTrue(first.publishedResults() < ids.size(), "the first worker should stop mid-stream");

        try (GenerationWorker second = start(names.config(Map.of()), FakeGenerator.replying(p -> "z = 1"),
                new SimpleMeterRegistry())) {
            final List<MigrationResult> results = results(names.results(), ids.size(), second);

            assertEquals(ids.size(), results.size());
            assertEquals(new TreeSet<>(ids), results.stream().map(MigrationResult::getSnippetId)
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    @Test
    void aRebalanceMidStreamPublishesTheBatchInFlightOnce(final TestInfo test) throws InterruptedException {
        final Names names = Names.of(test, 3);
        final List<String> ids = ids("r", 60);
        sendRequests(names.requests(), ids);
        final AtomicReference<GenerationWorker> second = new AtomicReference<>();
        final Generator slowUntilShared = FakeGenerator.replying(p -> {
            if (second.get() == null || second.get().publishedResults() == 0) {
                pause(100);
            }
            return "v = 1";
        });
        final Map<String, String> smallBatches = Map.of("batch.size", "2", "kafka.heartbeat.interval.ms", "300");

        try (GenerationWorker first = start(names.config(smallBatches), slowUntilShared, new SimpleMeterRegistry())) {
            await(() -> first.publishedResults() >= 2);
            second.set(start(names.config(smallBatches), FakeGenerator.replying(p -> "v = 1"),
                    new SimpleMeterRegistry()));
            try (GenerationWorker joined = second.get()) {
                final List<MigrationResult> results = results(names.results(), ids.size(), joined);

                assertEquals(ids.size(), results.size());
                assertEquals(new TreeSet<>(ids), results.stream().map(MigrationResult::getSnippetId)
                        .collect(Collectors.toCollection(TreeSet::new)));
                assertTrue(joined.publishedResults() > 0, "the second worker should have taken partitions over");
                assertEquals(Optional.empty(), first.failure());
            }
        }
    }

    private static void pause(final long millis) {
        try {
            Thread.sleep(millis);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aBusyGeneratorDoesNotCostTheGroupMembership(final TestInfo test) {
        final Names names = Names.of(test, 1);
        final List<String> ids = ids("b", 3);
        sendRequests(names.requests(), ids);
        final SimpleMeterRegistry registry = new SimpleMeterRegistry();
        final WorkerConfig config = names.config(Map.of("batch.size", "1", "kafka.max.poll.interval.ms", "1000"));

        try (GenerationWorker worker = start(config, FakeGenerator.replying(p -> "w = 1").slowed(1500), registry)) {
            assertEquals(ids.size(), results(names.results(), ids.size(), worker).size());
            assertEquals(0.0, registry.get("apimigrate.worker.aborted.batches").counter().count());
        }
    }

    @Test
    void aResultThatCanNeverBePublishedStopsTheLoopLoudly(final TestInfo test) throws InterruptedException {
        final Names names = Names.of(test, 1);
        final GenerationRequest big = request("big");
        big.getSnippet().setCode("x = 1\n".repeat(100));
        send(names.requests(), List.of(new ProducerRecord<>(names.requests(), "big".getBytes(StandardCharsets.UTF_8),
                REQUESTS.serialize(names.requests(), big))));
        final SimpleMeterRegistry registry = new SimpleMeterRegistry();
        final WorkerConfig config = names.config(Map.of("kafka.max.request.size", "400"));

        try (GenerationWorker worker = start(config, FakeGenerator.replying(p -> "q = 1"), registry)) {
            assertTrue(worker.awaitStopped(Duration.ofSeconds(15)));

            final Throwable failure = worker.failure().orElseThrow();
            assertTrue(failure.getMessage().startsWith("giving up after 5 aborted transactions in a row"),
                    failure.getMessage());
            assertEquals(5.0, registry.get("apimigrate.worker.aborted.batches").counter().count());
            assertEquals(0, worker.publishedResults());
        }
    }

    private static String header(final ConsumerRecord<byte[], byte[]> record, final String key) {
        return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}
