package io.apimigrate.worker.prompt;

import java.util.List;

/**
 * A rendered prompt, ready for a {@link io.apimigrate.worker.generate.Generator}.
 *
 * @param text the whole prompt in the model's chat template, ending inside the assistant turn
 * @param strategy the strategy that wrote it
 * @param prefill the start of the assistant's reply already in {@code text} (e.g. an opening code fence);
 *     prepend it to the generated text before extracting the code
 * @param stopStrings where generation should stop
 */
public record Prompt(String text, PromptStrategy strategy, String prefill, List<String> stopStrings) {

    public Prompt {
        stopStrings = List.copyOf(stopStrings);
    }

    /** The assistant's whole reply: the prefill followed by the generated text. */
    public String reply(final String generated) {
        return prefill + generated;
    }
}
