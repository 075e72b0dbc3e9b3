package io.apimigrate.worker.model.bench;

import io.apimigrate.worker.generate.Generation;
import io.apimigrate.worker.generate.GenerationConfig;
import io.apimigrate.worker.model.DjlQwen2Generator;
import io.apimigrate.worker.model.ModelOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Decoding throughput of {@link DjlQwen2Generator}: greedy continuations of distinct code prompts at
 * several batch sizes. "End to end" divides all new tokens by the wall time of the call; "decoding"
 * leaves out the prefill (timed by a call with one new token) and the first token it yields. Each
 * figure is the best of the repeats. The CPU-second columns divide by the calling thread's CPU time
 * instead of wall time: with {@code -Dai.djl.pytorch.num_threads=1} PyTorch computes on that thread,
 * so they measure the work done, unaffected by other processes sharing the cores. Prompt {@code i}
 * is a comment line and {@code --prompt-lines} code lines starting at line {@code i} of a fixed
 * list; with all 9 lines every prompt holds the same lines in another order, hence the same length.
 *
 * <pre>
 * java -cp ... io.apimigrate.worker.model.bench.TokensPerSecondBench --model DIR
 *     [--batches 1,8,32] [--new-tokens 64] [--prompt-lines 9] [--repeats 3] [--device auto] [--dtype float32]
 * </pre>
 */
public final class TokensPerSecondBench {

    private static final String[] LINES = {
        "import numpy as np", "df = pd.concat([df, other], ignore_index=True)", "arr = np.asarray(values)",
        "model.fit(x_train, y_train)", "out = torch.softmax(logits, dim=-1)", "mask = np.zeros((3, 4), dtype=bool)",
        "for name, step in self.steps:", "total = np.sum(arr, axis=0)", "values = df.to_numpy()",
    };

    private TokensPerSecondBench() {
    }

    public static void main(final String[] args) {
        final Map<String, String> opts = options(args);
        final Path model = Path.of(required(opts, "--model"));
        final int[] batches = Arrays.stream(opts.getOrDefault("--batches", "1,8,32").split(","))
                .mapToInt(Integer::parseInt).toArray();
        final int newTokens = Integer.parseInt(opts.getOrDefault("--new-tokens", "64"));
        final int promptLines = Integer.parseInt(opts.getOrDefault("--prompt-lines", "9"));
        final int repeats = Integer.parseInt(opts.getOrDefault("--repeats", "3"));
        final int widest = Arrays.stream(batches).max().orElse(1);
        final ModelOptions options = ModelOptions.defaults()
                .withDevice(ModelOptions.parseDevice(opts.getOrDefault("--device", "auto")))
                .withDtype(ModelOptions.parseDtype(opts.getOrDefault("--dtype", "float32")))
                .withMaxBatchSize(widest);
        final GenerationConfig config = new GenerationConfig(newTokens, 0, 1, List.of(), Duration.ofHours(1), 0);
        try (DjlQwen2Generator generator = DjlQwen2Generator.open(model, options)) {
            System.out.printf("model %s, device %s, dtype %s, %d new tokens, %d-line prompts%n",
                    generator.name(), options.device(), options.dtype(), newTokens, promptLines);
            generator.generate(prompts(2, promptLines), config);
            System.out.println("| batch | prompt tokens (mean) | new tokens | prefill s | total s | tokens/s end to end"
                    + " | tokens/s decoding | tokens/CPU-s end to end | tokens/CPU-s decoding |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (final int batch : batches) {
                run(generator, prompts(batch, promptLines), config, repeats);
            }
        }
    }

    private static void run(final DjlQwen2Generator generator, final List<String> prompts,
            final GenerationConfig config, final int repeats) {
        final GenerationConfig prefillOnly = new GenerationConfig(1, 0, 1, List.of(), config.timeLimit(), 0);
        final Timing prefill = new Timing();
        final Timing full = new Timing();
        long tokens = 0;
        long promptTokens = 0;
        for (int r = 0; r < repeats; r++) {
            prefill.measure(() -> generator.generate(prompts, prefillOnly));
            final List<Generation> out = full.measure(() -> generator.generate(prompts, config));
            tokens = out.stream().mapToLong(g -> g.tokenIds().size()).sum();
            promptTokens = out.stream().mapToLong(Generation::promptTokens).sum();
        }
        final long decoded = tokens - prompts.size();
        System.out.printf("| %d | %.0f | %d | %.3f | %.3f | %.1f | %.1f | %.1f | %.1f |%n", prompts.size(),
                (double) promptTokens / prompts.size(), tokens, prefill.wall, full.wall, tokens / full.wall,
                decoded / (full.wall - prefill.wall), tokens / full.cpu, decoded / (full.cpu - prefill.cpu));
    }

    /** The best wall-clock and calling-thread CPU seconds over several runs. */
    private static final class Timing {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private double wall = Double.MAX_VALUE;
        private double cpu = Double.MAX_VALUE;

        <T> T measure(final Supplier<T> work) {
            final long cpuStart = THREADS.getCurrentThreadCpuTime();
            final long start = System.nanoTime();
            final T result = work.get();
            wall = Math.min(wall, (System.nanoTime() - start) / 1e9);
            cpu = Math.min(cpu, (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
            return result;
        }
    }

    private static List<String> prompts(final int count, final int lines) {
        final List<String> prompts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            final StringBuilder prompt = new StringBuilder("# case ").append((char) ('A' + i % 26)).append('\n');
            for (int l = 0; l < lines; l++) {
                prompt.append(LINES[(i + l) % LINES.length]).append('\n');
            }
            prompts.add(prompt.toString());
        }
        return prompts;
    }

    private static Map<String, String> options(final String[] args) {
        final Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        return opts;
    }

    private static String required(final Map<String, String> opts, final String name) {
        final String value = opts.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
