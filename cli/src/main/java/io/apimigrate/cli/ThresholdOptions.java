package io.apimigrate.cli;

import io.apimigrate.rules.RoutingThresholds;
import picocli.CommandLine.Option;

/** The routing thresholds of contracts.md section 3, shared by the commands that route. */
final class ThresholdOptions {

    @Option(names = "--direct-threshold", defaultValue = "0.85", paramLabel = "P",
            description = "Confidence at or above which a match is rewritten directly (default: ${DEFAULT-VALUE}).")
    private double direct;

    @Option(names = "--guided-threshold", defaultValue = "0.60", paramLabel = "P",
            description = "Confidence at or above which a match is rule-guided; below it LLM-only (default: ${DEFAULT-VALUE}).")
    private double guided;

    RoutingThresholds thresholds() {
        return Inputs.thresholds(direct, guided);
    }
}
