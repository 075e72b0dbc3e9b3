package io.apimigrate.worker.validate;

/**
 * The worker's answer for one task: the generator's code when valid, otherwise the input unchanged.
 *
 * @param code the answer; never empty unless the input was
 * @param status how the task was answered
 * @param detail why, when the status is a failure; empty otherwise
 * @param generatedTokens tokens the generator reported for this task (0 where it reports none)
 * @param elapsedMillis time the generator spent on the task's batch
 */
public record Outcome(String code, OutcomeStatus status, String detail, int generatedTokens, long elapsedMillis) {

    /** Whether {@link #code()} is the generator's validated output. */
    public boolean valid() {
        return status.valid();
    }
}
