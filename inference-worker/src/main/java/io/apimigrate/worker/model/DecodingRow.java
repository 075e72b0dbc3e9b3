package io.apimigrate.worker.model;

import io.apimigrate.worker.generate.FinishReason;
import io.apimigrate.worker.generate.Generation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One prompt's progress through a decoding loop: its new tokens and, once it stops, why. */
final class DecodingRow {

    private final int promptTokens;
    private final List<Integer> tokens = new ArrayList<>();
    private FinishReason finish;
    private String text = "";

    DecodingRow(final int promptTokens) {
        this.promptTokens = promptTokens;
    }

    boolean finished() {
        return finish != null;
    }

    int promptTokens() {
        return promptTokens;
    }

    /**
     * Adds a new token and stops the row when it ends the sequence, completes a stop string or
     * reaches the token budget.
     */
    void accept(final long token, final Set<Long> eos, final List<String> stopStrings, final int maxNewTokens,
            final Qwen2Tokenizer tokenizer) {
        tokens.add(Math.toIntExact(token));
        if (eos.contains(token)) {
            finish(FinishReason.EOS, tokenizer.decode(ids(tokens.size() - 1)));
            return;
        }
        if (!stopStrings.isEmpty()) {
            final String sofar = tokenizer.decode(ids(tokens.size()));
            final int stop = firstStop(sofar, stopStrings);
            if (stop >= 0) {
                finish(FinishReason.STOP_STRING, sofar.substring(0, stop));
                return;
            }
        }
        if (tokens.size() >= maxNewTokens) {
            finish(FinishReason.MAX_TOKENS, tokenizer.decode(ids(tokens.size())));
        }
    }

    /** Stops an unfinished row because time ran out. */
    void timeUp(final Qwen2Tokenizer tokenizer) {
        if (!finished()) {
            finish(FinishReason.TIME_LIMIT, tokenizer.decode(ids(tokens.size())));
        }
    }

    Generation toGeneration(final long elapsedMillis) {
        return new Generation(text, tokens, finish, promptTokens, elapsedMillis, "");
    }

    private void finish(final FinishReason reason, final String finalText) {
        this.finish = reason;
        this.text = finalText;
    }

    private long[] ids(final int count) {
        final long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = tokens.get(i);
        }
        return ids;
    }

    private static int firstStop(final String text, final List<String> stopStrings) {
        int first = -1;
        for (final String stop : stopStrings) {
            final int at = stop.isEmpty() ? -1 : text.indexOf(stop);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
