package io.apimigrate.worker.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tokens that end a sequence and the token that pads one: the ids {@code config.json} and
 * {@code generation_config.json} give as {@code eos_token_id} (a number or a list), plus
 * {@code <|endoftext|>} and {@code <|im_end|>} where the tokenizer has them.
 *
 * @param eosTokenIds ids that end a sequence
 * @param padTokenId the id left padding uses (never attended to)
 */
public record GenerationDefaults(Set<Long> eosTokenIds, long padTokenId) {

    /** The optional file with the checkpoint's decoding defaults. */
    public static final String FILE = "generation_config.json";

    /** Special tokens that end a turn or a document in Qwen2 checkpoints. */
    public static final List<String> END_TOKENS = List.of("<|endoftext|>", "<|im_end|>");

    public GenerationDefaults {
        eosTokenIds = Set.copyOf(eosTokenIds);
    }

    /** Reads the folder's generation config (when present) and merges it with the config's and tokenizer's ids. */
    public static GenerationDefaults read(final Path folder, final Qwen2Config config, final Qwen2Tokenizer tokenizer) {
        final Set<Long> eos = new LinkedHashSet<>();
        config.eosTokenIds().forEach(id -> eos.add(id.longValue()));
        long pad = -1;
        final Path file = folder.resolve(FILE);
        if (Files.exists(file)) {
            final JsonFields json = JsonFields.read(file);
            json.tokenIds("eos_token_id").forEach(id -> eos.add(id.longValue()));
            final List<Integer> pads = json.tokenIds("pad_token_id");
            pad = pads.isEmpty() ? -1 : pads.get(0);
        }
        for (final String token : END_TOKENS) {
            tokenizer.tokenId(token).ifPresent(eos::add);
        }
        for (final long id : eos) {
            if (id >= config.vocabSize()) {
                throw new ModelLoadException("end-of-sequence id " + id + " is outside the vocabulary of "
                        + config.vocabSize() + " (" + Qwen2Config.FILE + ", " + FILE + ")");
            }
        }
        if (pad < 0 || pad >= config.vocabSize()) {
            pad = eos.isEmpty() ? 0 : eos.iterator().next();
        }
        return new GenerationDefaults(eos, pad);
    }
}
