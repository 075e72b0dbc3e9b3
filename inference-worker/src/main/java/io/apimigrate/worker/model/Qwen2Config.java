package io.apimigrate.worker.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/**
 * The architecture fields of a Qwen2 {@code config.json}. Both the transformers 4.x layout
 * ({@code rope_theta} at the top level) and the 5.x layout ({@code rope_parameters.rope_theta}) are read.
 *
 * @param vocabSize rows of the embedding and of the lm_head
 * @param hiddenSize the residual stream's width
 * @param intermediateSize the MLP's inner width
 * @param layers decoder layers
 * @param heads query heads
 * @param kvHeads key/value heads (grouped-query attention when fewer than {@code heads})
 * @param headDim width of one head
 * @param rmsNormEps RMSNorm epsilon
 * @param ropeTheta rotary embedding base
 * @param maxPositions the longest sequence the model was trained for
 * @param tiedEmbeddings whether the lm_head reuses the embedding matrix
 * @param eosTokenIds the config's end-of-sequence ids (may be empty)
 */
public record Qwen2Config(
        int vocabSize,
        int hiddenSize,
        int intermediateSize,
        int layers,
        int heads,
        int kvHeads,
        int headDim,
        double rmsNormEps,
        double ropeTheta,
        int maxPositions,
        boolean tiedEmbeddings,
        List<Integer> eosTokenIds) {

    /** The file this record is read from. */
    public static final String FILE = "config.json";

    public Qwen2Config {
        eosTokenIds = List.copyOf(eosTokenIds);
        if (heads % kvHeads != 0) {
            throw new ModelLoadException(FILE + ": num_attention_heads " + heads
                    + " is not a multiple of num_key_value_heads " + kvHeads);
        }
        if (headDim % 2 != 0) {
            throw new ModelLoadException(FILE + ": head dimension " + headDim + " must be even for rotary embeddings");
        }
    }

    /** Query heads per key/value head. */
    public int groups() {
        return heads / kvHeads;
    }

    /** Reads {@code folder/config.json}. */
    public static Qwen2Config read(final Path folder) {
        final JsonFields json = JsonFields.read(folder.resolve(FILE));
        checkSupported(json);
        final int hidden = json.positiveInt("hidden_size");
        final int heads = json.positiveInt("num_attention_heads");
        if (!json.has("head_dim") && hidden % heads != 0) {
            throw json.error("hidden_size", hidden + " is not a multiple of num_attention_heads " + heads);
        }
        return new Qwen2Config(
                json.positiveInt("vocab_size"),
                hidden,
                json.positiveInt("intermediate_size"),
                json.positiveInt("num_hidden_layers"),
                heads,
                json.positiveInt("num_key_value_heads", heads),
                json.positiveInt("head_dim", hidden / heads),
                json.positiveDouble("rms_norm_eps", 1e-6),
                ropeTheta(json),
                json.positiveInt("max_position_embeddings", 32768),
                json.bool("tie_word_embeddings", false),
                json.tokenIds("eos_token_id"));
    }

    private static void checkSupported(final JsonFields json) {
        final String type = json.text("model_type", "");
        if (!"qwen2".equals(type)) {
            throw json.error("model_type", "is \"" + type + "\"; only qwen2 checkpoints are supported");
        }
        final String act = json.text("hidden_act", "silu");
        if (!"silu".equals(act)) {
            throw json.error("hidden_act", "is \"" + act + "\"; only silu is supported");
        }
        if (json.bool("use_sliding_window", false)) {
            throw json.error("use_sliding_window", "is true; sliding-window attention is not supported");
        }
        final JsonNode scaling = json.has("rope_scaling") ? json.node("rope_scaling") : json.node("rope_parameters");
        final String ropeType = scaling.path("rope_type").asText(scaling.path("type").asText("default"));
        if (!"default".equals(ropeType)) {
            throw json.error(json.has("rope_scaling") ? "rope_scaling" : "rope_parameters",
                    "asks for rope type " + ropeType + "; only default rotary embeddings are supported");
        }
    }

    private static double ropeTheta(final JsonFields json) {
        if (json.has("rope_theta")) {
            return json.positiveDouble("rope_theta", 10_000.0);
        }
        final JsonNode theta = json.node("rope_parameters").get("rope_theta");
        return json.positiveDouble(theta, "rope_parameters.rope_theta", 10_000.0);
    }
}
