package io.apimigrate.worker.prompt;

/** The Qwen2 chat template (ChatML): system and user turns, then an open assistant turn. */
public final class ChatMl {

    /** Ends a turn; the model emits it when its reply is complete. */
    public static final String END_OF_TURN = "<|im_end|>";
    /** Qwen2's end-of-text token, in case a backend prints it. */
    public static final String END_OF_TEXT = "<|endoftext|>";

    private static final String START = "<|im_start|>";

    private ChatMl() {
    }

    /** The conversation up to and including the start of the assistant's turn and its prefill. */
    public static String render(final String system, final String user, final String assistantPrefill) {
        return START + "system\n" + system + END_OF_TURN + "\n"
                + START + "user\n" + user + END_OF_TURN + "\n"
                + START + "assistant\n" + assistantPrefill;
    }
}
