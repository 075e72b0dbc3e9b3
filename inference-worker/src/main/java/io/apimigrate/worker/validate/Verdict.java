package io.apimigrate.worker.validate;

/**
 * What validation concluded about one candidate output.
 *
 * @param status {@link OutcomeStatus#MIGRATED}, {@link OutcomeStatus#UNCHANGED} or the failure found
 * @param detail why, for a failure; empty otherwise
 */
public record Verdict(OutcomeStatus status, String detail) {

    static Verdict ok(final OutcomeStatus status) {
        return new Verdict(status, "");
    }
}
