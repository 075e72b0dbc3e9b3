package io.apimigrate.worker.model;

import io.apimigrate.worker.generate.FinishReason;
import io.apimigrate.worker.generate.Generation;
import io.apimigrate.worker.generate.GenerationConfig;
import io.apimigrate.worker.generate.Generator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The {@link Generator} that runs a Qwen2 checkpoint in-process on DJL. Prompts are sorted by
 * length and decoded in left-padded batches of up to {@link ModelOptions#maxBatchSize()}; one call
 * runs at a time. A prompt that cannot be decoded (empty, too long) gets an ERROR generation that
 * says why, and the others are decoded as usual.
 */
public final class DjlQwen2Generator implements Generator {

    private final String name;
    private final Qwen2Model model;
    private final Qwen2Tokenizer tokenizer;
    private final GenerationDefaults defaults;
    private final ModelOptions options;

    private DjlQwen2Generator(final String name, final Qwen2Model model, final Qwen2Tokenizer tokenizer,
            final GenerationDefaults defaults, final ModelOptions options) {
        this.name = name;
        this.model = model;
        this.tokenizer = tokenizer;
        this.defaults = defaults;
        this.options = options;
    }

    /**
     * Loads the checkpoint folder (config.json, safetensors, tokenizer.json, optional generation_config.json),
     * checking the cheap files before the weights.
     */
    public static DjlQwen2Generator open(final Path folder, final ModelOptions options) {
        final Path dir = folder.toAbsolutePath().normalize();
        Qwen2Config.read(dir);
        final Qwen2Tokenizer tokenizer = Qwen2Tokenizer.load(dir);
        try {
            final Qwen2Model model = Qwen2Model.load(dir, options);
            try {
                final GenerationDefaults defaults = GenerationDefaults.read(dir, model.config(), tokenizer);
                return new DjlQwen2Generator("djl:" + dir.getFileName(), model, tokenizer, defaults, options);
            } catch (final RuntimeException e) {
                model.close();
                throw e;
            }
        } catch (final RuntimeException e) {
            tokenizer.close();
            throw e;
        }
    }

    @Override
    public synchronized List<Generation> generate(final List<String> prompts, final GenerationConfig config) {
        final Generation[] out = new Generation[prompts.size()];
        final List<Integer> runnable = new ArrayList<>();
        final long[][] ids = new long[prompts.size()][];
        for (int i = 0; i < prompts.size(); i++) {
            ids[i] = tokenizer.encode(prompts.get(i));
            final String problem = problem(i, ids[i].length, config);
            if (problem == null) {
                runnable.add(i);
            } else {
                out[i] = failed(problem, ids[i].length, 0);
            }
        }
        runnable.sort(Comparator.comparingInt(i -> ids[i].length));
        final BatchDecoder decoder = new BatchDecoder(model, tokenizer, defaults);
        for (int from = 0; from < runnable.size(); from += options.maxBatchSize()) {
            final int to = Math.min(runnable.size(), from + options.maxBatchSize());
            final List<Integer> batch = runnable.subList(from, to);
            decodeBatch(decoder, batch, ids, config, out);
        }
        return Arrays.asList(out);
    }

    /** The model's architecture. */
    public Qwen2Config config() {
        return model.config();
    }

    /** The checkpoint's tokenizer. */
    public Qwen2Tokenizer tokenizer() {
        return tokenizer;
    }

    /** The end-of-sequence and pad ids in use. */
    public GenerationDefaults defaults() {
        return defaults;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized void close() {
        model.close();
        tokenizer.close();
    }

    private void decodeBatch(final BatchDecoder decoder, final List<Integer> batch, final long[][] ids,
            final GenerationConfig config, final Generation[] out) {
        final long start = System.nanoTime();
        try {
            final List<Generation> done = decoder.decode(
                    batch.stream().map(i -> ids[i]).toList(), config,
                    batch.stream().mapToInt(Integer::intValue).toArray());
            for (int j = 0; j < batch.size(); j++) {
                out[batch.get(j)] = done.get(j);
            }
        } catch (final RuntimeException e) {
            final long elapsed = (System.nanoTime() - start) / 1_000_000;
            for (final int i : batch) {
                out[i] = failed(name + " failed on a batch of " + batch.size() + ": " + e, ids[i].length, elapsed);
            }
        }
    }

    private String problem(final int index, final int tokens, final GenerationConfig config) {
        if (tokens == 0) {
            return "prompt " + index + " is empty: there is nothing to continue";
        }
        final int limit = model.config().maxPositions();
        if (tokens + config.maxNewTokens() > limit) {
            return "prompt " + index + " has " + tokens + " tokens; with max new tokens " + config.maxNewTokens()
                    + " it passes the model's " + limit + " positions";
        }
        return null;
    }

    private static Generation failed(final String message, final int promptTokens, final long elapsed) {
        return new Generation("", List.of(), FinishReason.ERROR, promptTokens, elapsed, message);
    }
}
