package io.apimigrate.cli.pipeline;

import io.apimigrate.schemas.MigrationResult;
import java.util.List;
import java.util.Objects;

/**
 * What the streaming system answered for one snippet: a result from the results topic, or a rejection from a
 * dead-letter topic.
 *
 * @param strategy DIRECT_RULE, RULE_GUIDED, LLM_ONLY, UNCHANGED, or REJECTED for a dead letter
 * @param confidence the best rule match's confidence
 * @param output the migrated code; the input when nothing changed or the answer failed
 * @param rules ids of the rules applied or hinted
 * @param library the library of the best match, or empty
 * @param status the result status (OK, UNCHANGED, UNRESOLVED, ...), or REJECTED
 * @param valid whether the output passed validation
 * @param generator what produced the answer: rules, none, djl, http, or dlq
 * @param model the model that generated the answer, or null
 * @param error what went wrong, or null
 * @param processingMs the time the answering component reported
 * @param latencyMs end to end: from the snippet's submission to the collector reading its answer (0 if unknown)
 */
public record Answer(String strategy, double confidence, String output, List<String> rules, String library,
        String status, boolean valid, String generator, String model, String error, long processingMs,
        long latencyMs) {

    /** The strategy and status of a snippet a dead-letter topic holds. */
    public static final String REJECTED = "REJECTED";

    public Answer {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(output, "output");
        rules = List.copyOf(rules);
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(generator, "generator");
    }

    /** The answer a result record gives. */
    public static Answer of(final MigrationResult result, final long receivedAtMs) {
        final long submitted = result.getSubmittedAt() == null ? 0 : result.getSubmittedAt().toEpochMilli();
        return new Answer(result.getStrategy().name(), result.getConfidence(), result.getMigrated(),
                result.getAppliedRules(), result.getLibrary(), result.getStatus().name(), result.getValid(),
                result.getGenerator(), result.getModel(), result.getError(), result.getLatencyMs(),
                submitted > 0 ? Math.max(0, receivedAtMs - submitted) : 0L);
    }

    /** The answer for a snippet rejected to a dead-letter topic: its code unchanged, the reason as error. */
    public static Answer rejected(final String code, final String stage, final String reason,
            final long latencyMs) {
        return new Answer(REJECTED, 0.0, code, List.of(), "", REJECTED, false, "dlq", null,
                stage + ": " + reason, 0L, latencyMs);
    }
}
