package io.apimigrate.topology.routing;

import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.GenerationRequest;
import io.apimigrate.schemas.MigrationResult;
import io.apimigrate.schemas.MigrationStrategy;
import io.apimigrate.schemas.serde.AvroSerde;
import io.apimigrate.topology.metrics.AppMetrics;
import io.apimigrate.topology.rulebook.RuleBook;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one raw record of the snippet topic and decides its {@link Outcome}: decode, check,
 * migrate with the current rules, route. The outcome is encoded here and forwarded straight to
 * the sink of its topic ({@link #RESULTS}, {@link #GUIDED} or {@link #DEAD_LETTERS}, which
 * must be this processor's children and write bytes as they are), so a record passes no
 * branching nodes. Never throws on bad input: whatever cannot be processed, or whose outcome
 * cannot be encoded, goes to the dead-letter sink with its original bytes and the dead-letter
 * headers set.
 */
public final class RouterProcessor implements FixedKeyProcessor<String, byte[], byte[]> {

    /** Name of the child sink of the results topic. */
    public static final String RESULTS = "results-sink";
    /** Name of the child sink of the guided-generation topic. */
    public static final String GUIDED = "guided-sink";
    /** Name of the child sink of the dead-letter topic. */
    public static final String DEAD_LETTERS = "dlq-sink";

    private static final Logger LOG = LoggerFactory.getLogger(RouterProcessor.class);
    private static final String DEFAULT_TOPIC = "snippets";

    private final AvroSerde<CodeSnippet> snippets = AvroSerde.of(CodeSnippet.class);
    private final AvroSerde<MigrationResult> results = AvroSerde.of(MigrationResult.class);
    private final AvroSerde<GenerationRequest> requests = AvroSerde.of(GenerationRequest.class);
    private final SnippetCheck check;
    private final SnippetRouter router;
    private final RuleBook rules;
    private final AppMetrics metrics;
    private FixedKeyProcessorContext<String, byte[]> context;

    public RouterProcessor(final SnippetCheck check, final SnippetRouter router, final RuleBook rules,
            final AppMetrics metrics) {
        this.check = check;
        this.router = router;
        this.rules = rules;
        this.metrics = metrics;
    }

    @Override
    public void init(final FixedKeyProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(final FixedKeyRecord<String, byte[]> record) {
        final RecordMetadata origin = context.recordMetadata().orElse(null);
        final String topic = origin == null ? DEFAULT_TOPIC : origin.topic();
        final Outcome outcome = decide(topic, record.key(), record.value());
        try {
            if (outcome instanceof Outcome.Answered answered) {
                final MigrationResult result = answered.result();
                forward(record, results.serialize(topic, result), RESULTS, result.getStrategy());
                return;
            }
            if (outcome instanceof Outcome.Guided guided) {
                final GenerationRequest request = guided.request();
                forward(record, requests.serialize(topic, request), GUIDED, request.getStrategy());
                return;
            }
        } catch (final SerializationException e) {
            LOG.warn("outcome of snippet '{}' cannot be encoded", record.key(), e);
            reject(record, new Outcome.Rejected(record.value(), RejectStage.ROUTE,
                    "outcome of snippet '" + record.key() + "' cannot be encoded: " + e.getMessage(),
                    e.getClass().getName()), origin);
            return;
        }
        reject(record, (Outcome.Rejected) outcome, origin);
    }

    private void forward(final FixedKeyRecord<String, byte[]> record, final byte[] value, final String sink,
            final MigrationStrategy strategy) {
        metrics.routed(strategy);
        context.forward(record.withValue(value), sink);
    }

    private void reject(final FixedKeyRecord<String, byte[]> record, final Outcome.Rejected rejected,
            final RecordMetadata origin) {
        metrics.rejected(rejected.stage());
        DeadLetterHeaders.add(record.headers(), rejected, origin);
        LOG.debug("snippet rejected ({}): {}", rejected.stage(), rejected.reason());
        context.forward(record.withValue(rejected.original()), DEAD_LETTERS);
    }

    private Outcome decide(final String topic, final String key, final byte[] value) {
        if (value == null) {
            return new Outcome.Rejected(null, RejectStage.DECODE, "record has no value", "");
        }
        final CodeSnippet snippet;
        try {
            snippet = snippets.deserialize(topic, value);
        } catch (final SerializationException e) {
            return new Outcome.Rejected(value, RejectStage.DECODE, e.getMessage(), e.getClass().getName());
        }
        final Optional<String> problem = check.problem(key, snippet);
        if (problem.isPresent()) {
            return new Outcome.Rejected(value, RejectStage.VALIDATE, problem.get(), "");
        }
        try {
            return router.route(snippet, rules.migrator());
        } catch (final RuntimeException e) {
            LOG.warn("rule engine failed on snippet '{}'", key, e);
            return new Outcome.Rejected(value, RejectStage.ROUTE,
                    "rule engine failed on snippet '" + key + "': " + e, e.getClass().getName());
        }
    }
}
