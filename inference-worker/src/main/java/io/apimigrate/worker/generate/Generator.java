package io.apimigrate.worker.generate;

import java.util.List;

/**
 * A text generator over raw prompts (any chat template is already applied). Implementations:
 * the DJL Qwen2 model, an OpenAI-compatible HTTP endpoint, and fakes in unit tests.
 */
public interface Generator extends AutoCloseable {

    /** Generates one continuation per prompt, as a batch where the backend supports it. */
    List<Generation> generate(List<String> prompts, GenerationConfig config);

    /** A short description of the generator and its model, e.g. {@code djl:Qwen2.5-Coder-1.5B}. */
    String name();

    @Override
    void close();
}
