package io.apimigrate.worker.validate;

import io.apimigrate.worker.prompt.BlockChoice;
import io.apimigrate.worker.prompt.ChatMl;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the code in a generator's reply: the first or last {@code ```python} (or untagged) block, an
 * unclosed block cut by a stop string, or the whole reply when it has no fences. A reply that must end in a
 * block (chain of thought, {@link BlockChoice#LAST}) but has none yields {@link Extraction.Source#NONE}.
 */
public final class CodeExtractor {

    private static final String FENCE = "```";
    private static final Set<String> PYTHON_TAGS = Set.of("", "python", "py", "python3", "py3");

    private CodeExtractor() {
    }

    /** The code of the reply; text after an end-of-turn token is ignored. */
    public static Extraction extract(final String reply, final BlockChoice choice) {
        final List<String> lines = lines(untilEndOfTurn(reply));
        final List<Block> blocks = blocks(lines);
        if (blocks.isEmpty()) {
            return choice == BlockChoice.LAST
                    ? new Extraction("", Extraction.Source.NONE)
                    : new Extraction(tidy(lines), Extraction.Source.UNFENCED);
        }
        final List<Block> python = blocks.stream().filter(b -> PYTHON_TAGS.contains(b.tag)).toList();
        final List<Block> candidates = python.isEmpty() ? blocks : python;
        final Block chosen = choice == BlockChoice.FIRST ? candidates.get(0) : candidates.get(candidates.size() - 1);
        return new Extraction(tidy(chosen.lines),
                chosen.closed ? Extraction.Source.CLOSED_FENCE : Extraction.Source.OPEN_FENCE);
    }

    private static List<Block> blocks(final List<String> lines) {
        final List<Block> blocks = new ArrayList<>();
        Block open = null;
        for (final String line : lines) {
            final String trimmed = line.strip();
            if (open == null) {
                if (trimmed.startsWith(FENCE)) {
                    open = new Block(tag(trimmed));
                    blocks.add(open);
                }
            } else if (trimmed.equals(FENCE)) {
                open.closed = true;
                open = null;
            } else if (!(open.lines.isEmpty() && trimmed.startsWith(FENCE) && PYTHON_TAGS.contains(tag(trimmed)))) {
                open.lines.add(line);
            }
        }
        return blocks;
    }

    private static String tag(final String fenceLine) {
        return fenceLine.substring(FENCE.length()).strip().toLowerCase(Locale.ROOT);
    }

    private static String untilEndOfTurn(final String reply) {
        int end = reply.length();
        for (final String token : List.of(ChatMl.END_OF_TURN, ChatMl.END_OF_TEXT)) {
            final int at = reply.indexOf(token);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return reply.substring(0, end);
    }

    private static List<String> lines(final String text) {
        return List.of(text.split("\r?\n", -1));
    }

    private static String tidy(final List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return String.join("\n", lines.subList(from, to)).stripTrailing();
    }

    private static final class Block {
        private final String tag;
        private final List<String> lines = new ArrayList<>();
        private boolean closed;

        private Block(final String tag) {
            this.tag = tag;
        }
    }
}
