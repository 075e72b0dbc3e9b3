package io.apimigrate.worker.model;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The checkpoint's {@code tokenizer.json} (byte-level BPE) through the Hugging Face tokenizers library:
 * raw text in, ids out, with no special tokens added, no truncation and no padding. Special tokens
 * written in the text, such as {@code <|im_start|>}, become their ids.
 */
public final class Qwen2Tokenizer implements AutoCloseable {

    /** The file this tokenizer is read from. */
    public static final String FILE = "tokenizer.json";

    private final HuggingFaceTokenizer tokenizer;

    private Qwen2Tokenizer(final HuggingFaceTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** Loads {@code folder/tokenizer.json}. */
    public static Qwen2Tokenizer load(final Path folder) {
        final Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(file + " not found");
        }
        try {
            return new Qwen2Tokenizer(HuggingFaceTokenizer.builder()
                    .optTokenizerPath(file)
                    .optAddSpecialTokens(false)
                    .optTruncation(false)
                    .optPadding(false)
                    .build());
        } catch (final IOException | RuntimeException e) {
            throw new ModelLoadException(file + ": not a valid tokenizer: " + e.getMessage(), e);
        }
    }

    /** The ids of {@code text}, every token kept. */
    public long[] encode(final String text) {
        return tokenizer.encode(text, false, false).getIds();
    }

    /** The text of {@code ids}, special tokens included verbatim. */
    public String decode(final long[] ids) {
        return tokenizer.decode(ids, false);
    }

    /** The id of a token that the text {@code token} encodes to on its own, such as {@code <|im_end|>}. */
    public OptionalLong tokenId(final String token) {
        final Encoding encoding = tokenizer.encode(token, false, false);
        final long[] ids = encoding.getIds();
        final boolean single = ids.length == 1 && token.equals(encoding.getTokens()[0]);
        return single ? OptionalLong.of(ids[0]) : OptionalLong.empty();
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
