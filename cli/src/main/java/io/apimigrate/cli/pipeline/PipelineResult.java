package io.apimigrate.cli.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.apimigrate.rules.metrics.Normalization;
import io.apimigrate.rules.metrics.SequenceMatcher;
import java.util.List;
import java.util.Optional;

/**
 * One line of the pipeline's results.jsonl: {@code {"id", "strategy", "confidence", "output", ...}}. The
 * scores are present only when the input gave the expected code; file and line only for repository snippets.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PipelineResult(
        @JsonProperty("id") String id,
        @JsonProperty("strategy") String strategy,
        @JsonProperty("confidence") double confidence,
        @JsonProperty("output") String output,
        @JsonProperty("rules") List<String> rules,
        @JsonProperty("library") String library,
        @JsonProperty("status") String status,
        @JsonProperty("valid") boolean valid,
        @JsonProperty("generator") String generator,
        @JsonProperty("model") String model,
        @JsonProperty("error") String error,
        @JsonProperty("latency_ms") long latencyMs,
        @JsonProperty("processing_ms") long processingMs,
        @JsonProperty("exact_match") Boolean exactMatch,
        @JsonProperty("similarity") Double similarity,
        @JsonProperty("file") String file,
        @JsonProperty("line") Integer line) {

    /** The line for an answer whose snippet is not at hand (bulk collection): no scores, no file. */
    public static PipelineResult of(final String id, final Answer answer) {
        return of(new SnippetInput(id, answer.output(), Optional.empty(), "", Optional.empty()),
                answer);
    }

    /** The line for a snippet and its answer, scored against the expected code when the snippet has one. */
    public static PipelineResult of(final SnippetInput snippet, final Answer answer) {
        final String output = answer.output().isEmpty() && Answer.REJECTED.equals(answer.strategy())
                ? snippet.code() : answer.output();
        final String library = answer.library().isEmpty() ? snippet.library() : answer.library();
        Boolean exact = null;
        Double similarity = null;
        if (snippet.expected().isPresent()) {
            final String got = Normalization.normalize(output);
            final String want = Normalization.normalize(snippet.expected().get());
            exact = got.equals(want);
            similarity = Math.round(SequenceMatcher.ratio(got, want) * 10_000) / 10_000.0;
        }
        return new PipelineResult(snippet.id(), answer.strategy(), Math.round(answer.confidence() * 10_000) / 10_000.0,
                output, answer.rules(), library.isEmpty() ? null : library, answer.status(), answer.valid(),
                answer.generator(), answer.model(), answer.error(), answer.latencyMs(), answer.processingMs(), exact,
                similarity, snippet.origin().map(SnippetInput.Origin::path).orElse(null),
                snippet.origin().map(SnippetInput.Origin::line).orElse(null));
    }
}
