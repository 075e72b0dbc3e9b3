package io.apimigrate.topology.routing;

import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.serde.AvroSerde;
import io.apimigrate.topology.metrics.AppMetrics;
import io.apimigrate.topology.rulebook.RuleBook;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one raw record of the snippet topic and decides its {@link Outcome}: decode, check,
 * migrate with the current rules, route. Never throws on bad input: whatever cannot be
 * processed becomes a {@link Outcome.Rejected} with the dead-letter headers set.
 */
public final class RouterProcessor implements FixedKeyProcessor<String, byte[], Outcome> {

    private static final Logger LOG = LoggerFactory.getLogger(RouterProcessor.class);

    private final AvroSerde<CodeSnippet> serde = AvroSerde.of(CodeSnippet.class);
    private final SnippetCheck check;
    private final SnippetRouter router;
    private final RuleBook rules;
    private final AppMetrics metrics;
    private FixedKeyProcessorContext<String, Outcome> context;

    public RouterProcessor(final SnippetCheck check, final SnippetRouter router, final RuleBook rules,
            final AppMetrics metrics) {
        this.check = check;
        this.router = router;
        this.rules = rules;
        this.metrics = metrics;
    }

    @Override
    public void init(final FixedKeyProcessorContext<String, Outcome> context) {
        this.context = context;
    }

    @Override
    public void process(final FixedKeyRecord<String, byte[]> record) {
        final Outcome outcome = decide(record.key(), record.value());
        if (outcome instanceof Outcome.Rejected rejected) {
            metrics.rejected(rejected.stage());
            DeadLetterHeaders.add(record.headers(), rejected, context.recordMetadata().orElse(null));
            LOG.debug("snippet rejected ({}): {}", rejected.stage(), rejected.reason());
        } else if (outcome instanceof Outcome.Answered answered) {
            metrics.routed(answered.result().getStrategy());
        } else if (outcome instanceof Outcome.Guided guided) {
            metrics.routed(guided.request().getStrategy());
        }
        context.forward(record.withValue(outcome));
    }

    private Outcome decide(final String key, final byte[] value) {
        if (value == null) {
            return new Outcome.Rejected(null, RejectStage.DECODE, "record has no value", "");
        }
        final CodeSnippet snippet;
        try {
            snippet = serde.deserialize(topic(), value);
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

    private String topic() {
        return context.recordMetadata().map(m -> m.topic()).orElse("snippets");
    }
}
