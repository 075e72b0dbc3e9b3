package io.apimigrate.worker.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import java.util.List;

/**
 * One decoder layer's weights, with the q/k/v and the gate/up projections fused along their output rows.
 *
 * @param inputNorm RMSNorm weight before attention, [hidden]
 * @param qkv fused q, k and v projections, [(heads + 2 kvHeads) headDim, hidden]
 * @param qkvBias their biases, [(heads + 2 kvHeads) headDim]
 * @param output attention output projection, [hidden, heads headDim]
 * @param postNorm RMSNorm weight before the MLP, [hidden]
 * @param gateUp fused gate and up projections, [2 intermediate, hidden]
 * @param down the MLP's down projection, [hidden, intermediate]
 */
record LayerWeights(
        NDArray inputNorm, NDArray qkv, NDArray qkvBias, NDArray output, NDArray postNorm, NDArray gateUp,
        NDArray down) {

    /** Loads layer {@code i}, checking each tensor's shape against the config. */
    static LayerWeights load(final WeightLoader loader, final Qwen2Config c, final int i, final ModelOptions options) {
        final String p = "model.layers." + i + ".";
        final long d = c.hiddenSize();
        final long q = (long) c.heads() * c.headDim();
        final long kv = (long) c.kvHeads() * c.headDim();
        final long inter = c.intermediateSize();
        final String attn = p + "self_attn.";
        final String mlp = p + "mlp.";
        return new LayerWeights(
                loader.load(p + "input_layernorm.weight", DataType.FLOAT32, d),
                loader.concatRows(options.dtype(),
                        List.of(attn + "q_proj.weight", attn + "k_proj.weight", attn + "v_proj.weight"),
                        List.of(new long[] {q, d}, new long[] {kv, d}, new long[] {kv, d})),
                loader.concatRows(options.dtype(),
                        List.of(attn + "q_proj.bias", attn + "k_proj.bias", attn + "v_proj.bias"),
                        List.of(new long[] {q}, new long[] {kv}, new long[] {kv})),
                loader.load(attn + "o_proj.weight", options.dtype(), d, q),
                loader.load(p + "post_attention_layernorm.weight", DataType.FLOAT32, d),
                loader.concatRows(options.dtype(),
                        List.of(mlp + "gate_proj.weight", mlp + "up_proj.weight"),
                        List.of(new long[] {inter, d}, new long[] {inter, d})),
                loader.load(mlp + "down_proj.weight", options.dtype(), d, inter));
    }
}
