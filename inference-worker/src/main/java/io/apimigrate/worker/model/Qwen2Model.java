package io.apimigrate.worker.model;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import io.apimigrate.worker.model.safetensors.SafetensorsCheckpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Qwen2-architecture causal language model (Qwen2.5-Coder and its siblings) built from DJL NDArray
 * operations on the PyTorch engine: token embeddings, RMSNorm, rotary embeddings, grouped-query
 * attention with q/k/v bias, a SwiGLU MLP and a tied or separate lm_head. Activations are float32;
 * the weights are float32 or float16.
 */
public final class Qwen2Model implements AutoCloseable {

    private final Qwen2Config config;
    private final ModelOptions options;
    private final NDManager manager;
    private final NDArray embedding;
    private final List<LayerWeights> layers;
    private final NDArray finalNorm;
    private final NDArray lmHead;
    private final RotaryEmbedding rotary;
    private final float attentionScale;

    private Qwen2Model(final Qwen2Config config, final ModelOptions options, final NDManager manager,
            final NDArray embedding, final List<LayerWeights> layers, final NDArray finalNorm, final NDArray lmHead) {
        this.config = config;
        this.options = options;
        this.manager = manager;
        this.embedding = embedding;
        this.layers = List.copyOf(layers);
        this.finalNorm = finalNorm;
        this.lmHead = lmHead;
        this.rotary = new RotaryEmbedding(manager, config.headDim(), config.ropeTheta());
        this.attentionScale = (float) (1.0 / Math.sqrt(config.headDim()));
    }

    /** Loads {@code folder/config.json} and its safetensors weights onto the options' device. */
    public static Qwen2Model load(final Path folder, final ModelOptions options) {
        final Qwen2Config config = Qwen2Config.read(folder);
        final SafetensorsCheckpoint checkpoint = SafetensorsCheckpoint.open(folder);
        final NDManager manager = Engine.getEngine(ModelOptions.ENGINE).newBaseManager(options.device());
        try {
            final WeightLoader loader = new WeightLoader(manager, checkpoint);
            final long v = config.vocabSize();
            final long d = config.hiddenSize();
            final NDArray embedding = loader.load("model.embed_tokens.weight", options.dtype(), v, d);
            final List<LayerWeights> layers = new ArrayList<>();
            for (int i = 0; i < config.layers(); i++) {
                layers.add(LayerWeights.load(loader, config, i, options));
            }
            final NDArray norm = loader.load("model.norm.weight", DataType.FLOAT32, d);
            final NDArray head = config.tiedEmbeddings()
                    ? embedding
                    : loader.load("lm_head.weight", options.dtype(), v, d);
            return new Qwen2Model(config, options, manager, embedding, layers, norm, head);
        } catch (final RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /** The architecture. */
    public Qwen2Config config() {
        return config;
    }

    /** The device the weights live on. */
    public Device device() {
        return options.device();
    }

    /** The manager that owns the weights; create inputs in a sub-manager of it. */
    public NDManager manager() {
        return manager;
    }

    /** An empty cache for {@code batch} sequences of up to {@code capacity} positions, owned by {@code owner}. */
    public KvCache newCache(final NDManager owner, final int batch, final int capacity) {
        return new KvCache(owner, config, batch, capacity);
    }

    /**
     * Runs the decoder over T new tokens per sequence and appends their keys and values to the cache.
     *
     * @param inputIds token ids, int64 [B, T]
     * @param positions each token's position in its own sequence, float32 [B, T]
     * @param mask additive attention mask, float32, broadcastable to [B, 1, 1, T, cache.length() + T]:
     *     0 where a token may attend, a large negative number where not
     * @param cache the batch's cache; it grows by T
     * @return the final hidden states, float32 [B, T, hidden]
     */
    public NDArray forward(final NDArray inputIds, final NDArray positions, final NDArray mask, final KvCache cache) {
        NDArray x = embedding.get(new NDIndex("{}", inputIds)).toType(DataType.FLOAT32, false);
        final NDList cosSin = rotary.cosSin(positions);
        for (int i = 0; i < layers.size(); i++) {
            final LayerWeights w = layers.get(i);
            x = x.add(attention(rmsNorm(x, w.inputNorm()), w, i, cosSin, mask, cache));
            x = x.add(mlp(rmsNorm(x, w.postNorm()), w));
        }
        cache.advance(Math.toIntExact(inputIds.getShape().get(1)));
        return rmsNorm(x, finalNorm);
    }

    /** Next-token logits, float32 [..., vocab], for hidden states [..., hidden]. */
    public NDArray logits(final NDArray hidden) {
        return linear(hidden, lmHead, null);
    }

    private NDArray attention(final NDArray h, final LayerWeights w, final int layer, final NDList cosSin,
            final NDArray mask, final KvCache cache) {
        final long b = h.getShape().get(0);
        final long t = h.getShape().get(1);
        final int heads = config.heads();
        final int kvHeads = config.kvHeads();
        final int dim = config.headDim();
        final long[] splits = {(long) heads * dim, (long) (heads + kvHeads) * dim};
        final NDList qkv = linear(h, w.qkv(), w.qkvBias()).split(splits, 2);
        final NDArray q = rotary.apply(qkv.get(0).reshape(b, t, heads, dim).transpose(0, 2, 1, 3), cosSin);
        final NDArray k = rotary.apply(qkv.get(1).reshape(b, t, kvHeads, dim).transpose(0, 2, 1, 3), cosSin);
        final NDArray v = qkv.get(2).reshape(b, t, kvHeads, dim).transpose(0, 2, 1, 3);
        final NDList kvAll = cache.append(layer, k, v);
        final long s = kvAll.get(0).getShape().get(2);
        final int groups = config.groups();
        final NDArray scores = q.reshape(b, kvHeads, groups * t, dim)
                .matMul(kvAll.get(0).transpose(0, 1, 3, 2))
                .mul(attentionScale)
                .reshape(b, kvHeads, groups, t, s)
                .add(mask)
                .softmax(4)
                .reshape(b, kvHeads, groups * t, s);
        final NDArray context = scores.matMul(kvAll.get(1))
                .reshape(b, heads, t, dim)
                .transpose(0, 2, 1, 3)
                .reshape(b, t, (long) heads * dim);
        return linear(context, w.output(), null);
    }

    private NDArray mlp(final NDArray h, final LayerWeights w) {
        final NDList gateUp = linear(h, w.gateUp(), null).split(2, 2);
        final NDArray gate = gateUp.get(0);
        return linear(gate.mul(Activation.sigmoid(gate)).mul(gateUp.get(1)), w.down(), null);
    }

    private NDArray rmsNorm(final NDArray x, final NDArray weight) {
        final NDArray variance = x.square().mean(new int[] {-1}, true);
        return x.div(variance.add(config.rmsNormEps()).sqrt()).mul(weight);
    }

    private static NDArray linear(final NDArray x, final NDArray weight, final NDArray bias) {
        final NDArray input = x.toType(weight.getDataType(), false);
        final NDArray out = bias == null
                ? Linear.linear(input, weight).head()
                : Linear.linear(input, weight, bias).head();
        return out.toType(DataType.FLOAT32, false);
    }

    @Override
    public void close() {
        rotary.close();
        manager.close();
    }
}
