package io.apimigrate.worker.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Qwen2TokenizerTest {

    private static Qwen2Tokenizer tokenizer;

    @BeforeAll
    static void load() {
        tokenizer = Qwen2Tokenizer.load(TinyQwen2.folder(TinyQwen2.BF16_TIED));
    }

    @AfterAll
    static void close() {
        tokenizer.close();
    }

    @Test
    void encodesPromptsAsTransformersDid() {
        for (final TinyQwen2.Case c : TinyQwen2.reference(TinyQwen2.BF16_TIED).cases()) {
            assertArrayEquals(c.promptIds(), tokenizer.encode(c.prompt()), c.prompt());
        }
    }

    @Test
    void chatTemplateTextRoundTripsWithItsSpecialTokensAsSingleIds() {
        final String chat = """
                <|im_start|>system
                You migrate Python code.<|im_end|>
                <|im_start|>user
                df = df.append(other)<|im_end|>
                <|im_start|>assistant
                """;
        final long[] ids = tokenizer.encode(chat);
        assertEquals(chat, tokenizer.decode(ids));
        final long start = tokenizer.tokenId("<|im_start|>").orElseThrow();
        final long end = tokenizer.tokenId("<|im_end|>").orElseThrow();
        assertEquals(3, Arrays.stream(ids).filter(id -> id == start).count());
        assertEquals(2, Arrays.stream(ids).filter(id -> id == end).count());
    }

    @Test
    void specialTokensHaveTheirIdsAndPlainWordsNone() {
        assertEquals(OptionalLong.of(384), tokenizer.tokenId("<|endoftext|>"));
        assertEquals(OptionalLong.of(385), tokenizer.tokenId("<|im_start|>"));
        assertEquals(OptionalLong.of(386), tokenizer.tokenId("<|im_end|>"));
        assertEquals(OptionalLong.empty(), tokenizer.tokenId("<|fim_middle|>"));
    }

    @Test
    void longTextIsNotTruncated() {
        final String text = "x = np.zeros((3, 4))\n".repeat(200);
        final long[] ids = tokenizer.encode(text);
        assertTrue(ids.length > 512, "only " + ids.length + " ids");
        assertEquals(text, tokenizer.decode(ids));
    }

    @Test
    void nonAsciiTextRoundTrips() {
        final String text = "s = \"naïve café — 数据\"  # ✓\n";
        assertEquals(text, tokenizer.decode(tokenizer.encode(text)));
    }

    @Test
    void aMissingTokenizerFileIsNamed(@TempDir final Path empty) {
        final ModelLoadException e = assertThrows(
                ModelLoadException.class, () -> Qwen2Tokenizer.load(empty));
        assertTrue(e.getMessage().contains("tokenizer.json not found"), e.getMessage());
    }
}
