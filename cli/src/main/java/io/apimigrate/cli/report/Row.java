package io.apimigrate.cli.report;

import java.util.Objects;
import java.util.Optional;

/**
 * One answered snippet, as the report sees it.
 *
 * @param strategy how it was answered
 * @param library the library, or empty
 * @param confidence the best rule match's confidence
 * @param latencyMs end-to-end latency
 * @param exactMatch whether the output equals the expected code, when one was given
 * @param similarity the output's similarity to the expected code, when one was given
 */
public record Row(String strategy, String library, double confidence, long latencyMs,
        Optional<Boolean> exactMatch, Optional<Double> similarity) {

    public Row {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(exactMatch, "exactMatch");
        Objects.requireNonNull(similarity, "similarity");
    }
}
