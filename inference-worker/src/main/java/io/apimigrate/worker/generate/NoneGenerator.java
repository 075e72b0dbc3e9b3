package io.apimigrate.worker.generate;

import java.util.Collections;
import java.util.List;

/**
 * The generator of a pipeline without a model, named {@code none}: it generates nothing, and the worker answers
 * every request with its input unchanged (status UNRESOLVED, not valid).
 */
public final class NoneGenerator implements Generator {

    /** The generator's name. */
    public static final String NAME = "none";

    @Override
    public List<Generation> generate(final List<String> prompts, final GenerationConfig config) {
        return Collections.nCopies(prompts.size(),
                new Generation("", List.of(), FinishReason.ERROR, 0, 0L, "no generator configured (none)"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
