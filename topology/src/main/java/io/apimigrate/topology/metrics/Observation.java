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
        final boolean error = result.getStatus() == ResultStatus.ERROR || result.getStatus() == ResultStatus.TIMEOUT;
        final long submitted = result.getSubmittedAt().toEpochMilli();
        final long completed = result.getCompletedAt().toEpochMilli();
        final long latency = submitted > 0 && completed >= submitted ? completed - submitted : -1;
        if (result.getExpected() == null) {
            return new Observation(result.getValid(), error, false, false, 0, latency);
        }
        final String output = Normalization.normalize(result.getMigrated());
        final String expected = Normalization.normalize(result.getExpected());
        return new Observation(result.getValid(), error, true, output.equals(expected),
                SequenceMatcher.ratio(output, expected), latency);
    }
}
