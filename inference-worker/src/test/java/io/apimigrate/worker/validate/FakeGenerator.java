package io.apimigrate.worker.validate;

import io.apimigrate.worker.generate.FinishReason;
import io.apimigrate.worker.generate.Generation;
import io.apimigrate.worker.generate.GenerationConfig;
import io.apimigrate.worker.generate.Generator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A scripted generator for tests: each prompt's reply comes from a function; calls are recorded. */
public final class FakeGenerator implements Generator {

    private final Function<String, Generation> replies;
    private final long millisPerBatch;
    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final List<GenerationConfig> configs = new CopyOnWriteArrayList<>();

    private FakeGenerator(final Function<String, Generation> replies, final long millisPerBatch) {
        this.replies = replies;
        this.millisPerBatch = millisPerBatch;
    }

    /** Replies with {@code text(prompt)}, finishing at a stop string. */
    public static FakeGenerator replying(final Function<String, String> text) {
        return new FakeGenerator(p -> stopped(text.apply(p)), 0L);
    }

    /** Replies with the generation {@code reply(prompt)}. */
    public static FakeGenerator generating(final Function<String, Generation> reply) {
        return new FakeGenerator(reply, 0L);
    }

    /** The same generator, sleeping {@code millis} per batch (a busy model). */
    public FakeGenerator slowed(final long millis) {
        return new FakeGenerator(replies, millis);
    }

    /** A generation that ended at a stop string after three tokens. */
    public static Generation stopped(final String text) {
        return new Generation(text, List.of(1, 2, 3), FinishReason.STOP_STRING, 10, 5L, "");
    }

    @Override
    public List<Generation> generate(final List<String> prompts, final GenerationConfig config) {
        batches.add(List.copyOf(prompts));
        configs.add(config);
        if (millisPerBatch > 0) {
            try {
                Thread.sleep(millisPerBatch);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return prompts.stream().map(replies).toList();
    }

    /** The prompts of each call, in order. */
    public List<List<String>> batches() {
        return batches;
    }

    /** The decoding settings of each call, in order. */
    public List<GenerationConfig> configs() {
        return configs;
    }

    @Override
    public String name() {
        return "fake:scripted";
    }

    @Override
    public void close() {
        // nothing to release
    }
}
