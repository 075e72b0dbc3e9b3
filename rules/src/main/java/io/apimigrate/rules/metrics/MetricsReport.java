package io.apimigrate.rules.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.apimigrate.rules.Strategy;
import io.apimigrate.rules.examples.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The eval report of contracts.md section 2: {@code count}, {@code metrics}, {@code by_strategy}
 * (always DIRECT_RULE, RULE_GUIDED and LLM_ONLY, then any other strategy present, UNCHANGED first)
 * and {@code cases} in input order. Build one with {@link EvalMetrics#report}.
 *
 * @param count number of cases
 * @param metrics scores over all cases
 * @param byStrategy scores per strategy
 * @param cases every scored case
 */
@JsonPropertyOrder({"count", "metrics", "by_strategy", "cases"})
public record MetricsReport(
        @JsonProperty("count") int count,
        @JsonProperty("metrics") Scores metrics,
        @JsonProperty("by_strategy") Map<String, Scores> byStrategy,
        @JsonProperty("cases") List<CaseResult> cases) {

    private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter()
            .with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);

    public MetricsReport {
        byStrategy = Collections.unmodifiableMap(new LinkedHashMap<>(byStrategy));
        cases = List.copyOf(cases);
    }

    /** The scores of one strategy; zero counts and null rates when no case took it. */
    public Scores strategy(final Strategy strategy) {
        return byStrategy.getOrDefault(strategy.name(), new Tally().scores());
    }

    /** The report as indented JSON. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (final JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the report as UTF-8 JSON, atomically. */
    public void write(final Path file) throws IOException {
        try (AtomicFile out = AtomicFile.create(file)) {
            out.stream().write(JSON.writeValueAsBytes(this));
            out.stream().write('\n');
            out.commit();
        }
    }
}
