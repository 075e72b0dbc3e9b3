package io.apimigrate.worker.prompt;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The four prompting strategies of the research, by their configuration ids. */
public enum PromptStrategy {
    /** The code and a request to migrate it, nothing else. */
    BASIC("basic", BlockChoice.FIRST),
    /** The code with its library and, where known, the candidate API changes. */
    WITH_CONTEXT("with_context", BlockChoice.FIRST),
    /** Rule-guided: each hinted rule's API change, example and proposed rewrite. */
    WITH_RULES("with_rules", BlockChoice.FIRST),
    /** Step-by-step reasoning first, then the code in the reply's last code block. */
    CHAIN_OF_THOUGHT("chain_of_thought", BlockChoice.LAST);

    private final String id;
    private final BlockChoice answerBlock;

    PromptStrategy(final String id, final BlockChoice answerBlock) {
        this.id = id;
        this.answerBlock = answerBlock;
    }

    /** The id used in configuration, e.g. {@code with_rules}. */
    public String id() {
        return id;
    }

    /** Which fenced block of a reply holds the answer. */
    public BlockChoice answerBlock() {
        return answerBlock;
    }

    /** The strategy with the given id (case-insensitive); the error lists the valid ids. */
    public static PromptStrategy fromId(final String id) {
        final String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(s -> s.id.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown prompt strategy '" + id + "', expected one of "
                        + Arrays.stream(values()).map(PromptStrategy::id).collect(Collectors.joining(", "))));
    }
}
