package io.apimigrate.topology.routing;

import io.apimigrate.rules.Decision;
import io.apimigrate.rules.Migrator;
import io.apimigrate.rules.RuleHint;
import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.GenerationRequest;
import io.apimigrate.schemas.MigrationResult;
import io.apimigrate.schemas.MigrationStrategy;
import io.apimigrate.schemas.ResultStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the engine's decision for a snippet into the record the topology publishes: a result
 * for {@code DIRECT_RULE} and {@code UNCHANGED}, a generation request with the rule hints for
 * {@code RULE_GUIDED} and {@code LLM_ONLY}.
 */
public final class SnippetRouter {

    /** The {@code generator} of results answered by the rules. */
    public static final String GENERATOR = "rules";

    /**
     * The most hints a request carries, best first: each holds a rewrite of the whole snippet,
     * and the bound keeps a request of a snippet at the size limit well under Kafka's 1 MB
     * record limit (the worker shows 3 by default).
     */
    public static final int MAX_HINTS = 8;

    private final Clock clock;

    public SnippetRouter(final Clock clock) {
        this.clock = clock;
    }

    /** Migrates the snippet with {@code migrator} and builds the outcome. */
    public Outcome route(final CodeSnippet snippet, final Migrator migrator) {
        final long started = System.nanoTime();
        final Decision decision = migrator.migrate(snippet.getCode());
        final long latencyMs = (System.nanoTime() - started) / 1_000_000;
        final Instant now = clock.instant();
        return switch (decision.strategy()) {
            case DIRECT_RULE -> new Outcome.Answered(result(snippet, decision, MigrationStrategy.DIRECT_RULE,
                    ResultStatus.OK, decision.output(), latencyMs, now));
            case UNCHANGED -> new Outcome.Answered(result(snippet, decision, MigrationStrategy.UNCHANGED,
                    ResultStatus.UNCHANGED, snippet.getCode(), latencyMs, now));
            case RULE_GUIDED -> new Outcome.Guided(request(snippet, decision, MigrationStrategy.RULE_GUIDED, now));
            case LLM_ONLY -> new Outcome.Guided(request(snippet, decision, MigrationStrategy.LLM_ONLY, now));
        };
    }

    /** Built with the all-args constructors: the builders' per-field bookkeeping showed per record. */
    private static MigrationResult result(final CodeSnippet snippet, final Decision decision,
            final MigrationStrategy strategy, final ResultStatus status, final String migrated,
            final long latencyMs, final Instant now) {
        return new MigrationResult(snippet.getId(), snippet.getCode(), migrated, strategy, decision.confidence(),
                decision.appliedRuleIds(), GENERATOR, null, true, status, latencyMs, null,
                library(snippet, decision), snippet.getExpected(), snippet.getSubmittedAt(), now);
    }

    private static GenerationRequest request(final CodeSnippet snippet, final Decision decision,
            final MigrationStrategy strategy, final Instant now) {
        final List<RuleHint> all = decision.hints();
        final int count = Math.min(MAX_HINTS, all.size());
        final List<io.apimigrate.schemas.RuleHint> hints = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            hints.add(toRecord(all.get(i)));
        }
        return new GenerationRequest(snippet, strategy, decision.confidence(), library(snippet, decision), hints, now);
    }

    private static io.apimigrate.schemas.RuleHint toRecord(final RuleHint hint) {
        return new io.apimigrate.schemas.RuleHint(hint.ruleId(), nonNull(hint.library()), nonNull(hint.oldApi()),
                nonNull(hint.newApi()), nonNull(hint.exampleBefore()), nonNull(hint.exampleAfter()),
                nonNull(hint.proposedRewrite()), hint.confidence());
    }

    /** The best match's library, else the snippet's first library hint, else empty. */
    private static String library(final CodeSnippet snippet, final Decision decision) {
        if (decision.library() != null && !decision.library().isEmpty()) {
            return decision.library();
        }
        return snippet.getLibraryHints().isEmpty() ? "" : snippet.getLibraryHints().get(0);
    }

    private static String nonNull(final String s) {
        return s == null ? "" : s;
    }
}
