package io.apimigrate.worker.kafka;

import io.apimigrate.rules.RuleHint;
import io.apimigrate.rules.Strategy;
import io.apimigrate.schemas.CodeSnippet;
import io.apimigrate.schemas.GenerationRequest;
import io.apimigrate.schemas.MigrationResult;
import io.apimigrate.schemas.MigrationStrategy;
import io.apimigrate.schemas.ResultStatus;
import io.apimigrate.worker.prompt.MigrationTask;
import io.apimigrate.worker.validate.Outcome;
import io.apimigrate.worker.validate.OutcomeStatus;
import java.time.Instant;
import java.util.List;

/** Converts the topics' Avro records to the worker's values and back. */
public final class RequestMapping {

    private RequestMapping() {
    }

    /** The task of a request; any route but RULE_GUIDED is prompted as LLM_ONLY. */
    public static MigrationTask toTask(final GenerationRequest request) {
        final CodeSnippet snippet = request.getSnippet();
        final Strategy route = request.getStrategy() == MigrationStrategy.RULE_GUIDED
                ? Strategy.RULE_GUIDED : Strategy.LLM_ONLY;
        final List<RuleHint> hints = request.getHints().stream().map(RequestMapping::toHint).toList();
        return new MigrationTask(snippet.getId(), snippet.getCode(), request.getLibrary(), route,
                request.getConfidence(), hints);
    }

    /**
     * The result of a request.
     *
     * @param request the request answered
     * @param outcome its outcome
     * @param generatorName the generator's name, {@code kind} or {@code kind:model}
     * @param latencyMillis time from receiving the request to its outcome
     * @param completedAt when the outcome was ready
     */
    public static MigrationResult toResult(final GenerationRequest request, final Outcome outcome,
                                           final String generatorName, final long latencyMillis,
                                           final Instant completedAt) {
        final CodeSnippet snippet = request.getSnippet();
        final int colon = generatorName.indexOf(':');
        return MigrationResult.newBuilder()
                .setSnippetId(snippet.getId())
                .setOriginal(snippet.getCode())
                .setMigrated(outcome.code())
                .setStrategy(request.getStrategy())
                .setConfidence(request.getConfidence())
                .setAppliedRules(request.getHints().stream().map(io.apimigrate.schemas.RuleHint::getRuleId).toList())
                .setGenerator(colon < 0 ? generatorName : generatorName.substring(0, colon))
                .setModel(colon < 0 ? null : generatorName.substring(colon + 1))
                .setValid(outcome.valid())
                .setStatus(status(outcome.status()))
                .setLatencyMs(latencyMillis)
                .setError(outcome.valid() ? null : errorText(outcome))
                .setLibrary(request.getLibrary())
                .setExpected(snippet.getExpected())
                .setSubmittedAt(snippet.getSubmittedAt())
                .setCompletedAt(completedAt)
                .build();
    }

    /**
     * The wire status of an outcome. The schema has no MISSING_NEW_API: it travels as INVALID_OUTPUT with an
     * error text that starts with {@code MISSING_NEW_API:}.
     */
    public static ResultStatus status(final OutcomeStatus status) {
        return switch (status) {
            case MIGRATED -> ResultStatus.OK;
            case UNCHANGED -> ResultStatus.UNCHANGED;
            case UNRESOLVED -> ResultStatus.UNRESOLVED;
            case INVALID_OUTPUT, MISSING_NEW_API -> ResultStatus.INVALID_OUTPUT;
            case ECHO -> ResultStatus.ECHO;
            case TIMEOUT -> ResultStatus.TIMEOUT;
            case ERROR -> ResultStatus.ERROR;
        };
    }

    private static String errorText(final Outcome outcome) {
        return outcome.status() == OutcomeStatus.MISSING_NEW_API
                ? OutcomeStatus.MISSING_NEW_API.name() + ": " + outcome.detail() : outcome.detail();
    }

    private static RuleHint toHint(final io.apimigrate.schemas.RuleHint hint) {
        return new RuleHint(hint.getRuleId(), hint.getLibrary(), hint.getOldApi(), hint.getNewApi(),
                hint.getExampleBefore(), hint.getExampleAfter(), hint.getProposedRewrite(), hint.getConfidence());
    }
}
