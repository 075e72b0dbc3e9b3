package io.apimigrate.rules.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Aggregate scores over a set of cases: the whole test set ({@code metrics}) or one strategy
 * ({@code by_strategy}). The contract's rates (exact match, similarity, key-API accuracy) are 0.0 over an
 * empty set, as contracts.md shows; the extra rates are null (JSON {@code null}) there, never NaN; the count
 * beside it says how many cases it covers.
 *
 * @param count cases in the set
 * @param exactMatch share of cases whose output is an exact match
 * @param avgSimilarity mean difflib ratio
 * @param keyApiAccuracy share of right key API changes among {@code keyApiCount} cases that expect a change
 * @param keyApiCount cases whose expected code differs from the input
 * @param changedOutputs cases whose output differs from the input
 * @param precision share of exact matches among {@code changedOutputs}
 * @param noChangeCount cases whose expected code equals the input
 * @param kept share of {@code noChangeCount} cases whose output equals the input
 */
@JsonPropertyOrder({"count", "exact_match", "avg_similarity", "key_api_accuracy", "key_api_count",
        "changed_outputs", "precision", "no_change_count", "kept"})
public record Scores(
        @JsonProperty("count") int count,
        @JsonProperty("exact_match") Double exactMatch,
        @JsonProperty("avg_similarity") Double avgSimilarity,
        @JsonProperty("key_api_accuracy") Double keyApiAccuracy,
        @JsonProperty("key_api_count") int keyApiCount,
        @JsonProperty("changed_outputs") int changedOutputs,
        @JsonProperty("precision") Double precision,
        @JsonProperty("no_change_count") int noChangeCount,
        @JsonProperty("kept") Double kept) {
}
