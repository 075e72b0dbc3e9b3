package io.apimigrate.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.apimigrate.rules.Decision;
import io.apimigrate.rules.RuleHint;
import java.util.List;

/** One line of results.jsonl: {@code {"id", "strategy", "confidence", "output", ...}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ResultLine(
        @JsonProperty("id") String id,
        @JsonProperty("strategy") String strategy,
        @JsonProperty("confidence") double confidence,
        @JsonProperty("output") String output,
        @JsonProperty("rules") List<String> rules,
        @JsonProperty("library") String library,
        @JsonProperty("hints") List<RuleHint> hints) {

    static ResultLine of(final String id, final Decision decision) {
        return new ResultLine(id, decision.strategy().name(), Math.round(decision.confidence() * 10_000) / 10_000.0,
                decision.output(), decision.appliedRuleIds(), decision.library().isEmpty() ? null : decision.library(),
                decision.hints().isEmpty() ? null : decision.hints());
    }
}
