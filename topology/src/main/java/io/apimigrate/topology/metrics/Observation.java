package io.apimigrate.topology.metrics;

import io.apimigrate.rules.metrics.Normalization;
import io.apimigrate.rules.metrics.SequenceMatcher;
import io.apimigrate.schemas.MigrationResult;
import io.apimigrate.schemas.ResultStatus;

/**
 * What the metrics count of one result (contracts.md section 4).
 *
 * @param valid whether the migrated code passed validation
 * @param error whether the answer failed (TIMEOUT or ERROR)
 * @param evaluated whether an expected code came with the snippet
 * @param exactMatch normalise(migrated) == normalise(expected), when evaluated
 * @param similarity SequenceMatcher ratio of the normalised texts, when evaluated
 * @param latencyMs completed_at - submitted_at, or -1 when either is unknown
 */
public record Observation(boolean valid, boolean error, boolean evaluated, boolean exactMatch,
        double similarity, long latencyMs) {

    /** The observation of one result. */
    public static Observation of(final MigrationResult result) {
        return of(result.getValid(), result.getStatus(), result.getSubmittedAt().toEpochMilli(),
                result.getCompletedAt().toEpochMilli(), result.getMigrated(), result.getExpected());
    }

    /**
     * The observation of a result with these fields.
     *
     * @param submittedMs {@code submitted_at} in epoch milliseconds
     * @param completedMs {@code completed_at} in epoch milliseconds
     * @param migrated the migrated code; only read when {@code expected} is not null
     * @param expected the expected code, or null
     */
    public static Observation of(final boolean valid, final ResultStatus status, final long submittedMs,
            final long completedMs, final String migrated, final String expected) {
        final boolean error = status == ResultStatus.ERROR || status == ResultStatus.TIMEOUT;
        final long latency = submittedMs > 0 && completedMs >= submittedMs ? completedMs - submittedMs : -1;
        if (expected == null) {
            return new Observation(valid, error, false, false, 0, latency);
        }
        final String output = Normalization.normalize(migrated);
        final String normalizedExpected = Normalization.normalize(expected);
        return new Observation(valid, error, true, output.equals(normalizedExpected),
                SequenceMatcher.ratio(output, normalizedExpected), latency);
    }
}
