package io.apimigrate.worker.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.worker.generate.FinishReason;
import io.apimigrate.worker.generate.Generation;
import io.apimigrate.worker.generate.GenerationConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DjlQwen2GeneratorTest {

    private static DjlQwen2Generator tied;
    private static DjlQwen2Generator untied;

    @BeforeAll
    static void load() {
        tied = DjlQwen2Generator.open(TinyQwen2.folder(TinyQwen2.BF16_TIED), TinyQwen2.cpu());
        untied = DjlQwen2Generator.open(TinyQwen2.folder(TinyQwen2.F32_UNTIED), TinyQwen2.cpu().withMaxBatchSize(2));
    }

    @AfterAll
    static void close() {
        tied.close();
        untied.close();
    }

    @Test
    void greedyDecodingMatchesTransformersTokenForToken() {
        for (final DjlQwen2Generator generator : List.of(tied, untied)) {
            final TinyQwen2.Reference reference = TinyQwen2.reference(variant(generator));
            for (final TinyQwen2.Case c : reference.cases()) {
                final Generation g = generator.generate(List.of(c.prompt()), greedy(reference)).get(0);
                assertEquals(c.greedyIds(), g.tokenIds(), generator.name() + ": " + c.prompt());
                assertEquals(FinishReason.valueOf(c.greedyFinish()), g.finishReason());
                assertEquals(c.greedyText(), g.text());
                assertEquals(c.promptIds().length, g.promptTokens());
            }
        }
    }

    @Test
    void leftPaddedBatchesGiveWhatEachPromptGetsAlone() {
        for (final DjlQwen2Generator generator : List.of(tied, untied)) {
            final TinyQwen2.Reference reference = TinyQwen2.reference(variant(generator));
            final List<String> prompts = reference.cases().stream().map(TinyQwen2.Case::prompt).toList();
            final List<Generation> batch = generator.generate(prompts, greedy(reference));
            for (int i = 0; i < prompts.size(); i++) {
                assertEquals(reference.cases().get(i).greedyIds(), batch.get(i).tokenIds(), generator.name() + " #" + i);
            }
        }
    }

    @Test
    void rowsThatStopEarlyLeaveTheBatchAndTheOthersContinueUnchanged() {
        final List<TinyQwen2.Case> cases = TinyQwen2.reference(TinyQwen2.BF16_TIED).cases();
        final TinyQwen2.Case stopsAtOnce = cases.get(4);
        final List<TinyQwen2.Case> batch = List.of(stopsAtOnce, cases.get(0), stopsAtOnce, stopsAtOnce, cases.get(3),
                stopsAtOnce, cases.get(5));
        final List<Generation> out = tied.generate(batch.stream().map(TinyQwen2.Case::prompt).toList(),
                GenerationConfig.greedy(16));
        for (int i = 0; i < batch.size(); i++) {
            assertEquals(batch.get(i).greedyIds(), out.get(i).tokenIds(), "#" + i);
        }
    }

    @Test
    void endOfSequenceTokenEndsThePromptAndIsReported() {
        final TinyQwen2.Case c = TinyQwen2.reference(TinyQwen2.F32_UNTIED).cases().get(1);
        final Generation g = untied.generate(List.of(c.prompt()), GenerationConfig.greedy(64)).get(0);
        assertEquals(FinishReason.EOS, g.finishReason());
        assertTrue(untied.defaults().eosTokenIds().contains((long) g.tokenIds().get(g.tokenIds().size() - 1)));
        assertEquals(c.greedyIds(), g.tokenIds());
    }

    @Test
    void imEndCountsAsEndOfSequence() {
        final long imEnd = tied.tokenizer().tokenId("<|im_end|>").orElseThrow();
        assertTrue(tied.defaults().eosTokenIds().contains(imEnd));
        final TinyQwen2.Case c = TinyQwen2.reference(TinyQwen2.BF16_TIED).cases().get(4);
        final Generation g = tied.generate(List.of(c.prompt()), GenerationConfig.greedy(64)).get(0);
        assertEquals(List.of((int) imEnd), g.tokenIds());
        assertEquals("", g.text());
    }

    @Test
    void stopStringEndsGenerationAndIsLeftOutOfTheText() {
        final TinyQwen2.Case c = TinyQwen2.reference(TinyQwen2.F32_UNTIED).cases().get(0);
        final GenerationConfig config = new GenerationConfig(16, 0, 1, List.of("\n"), Duration.ofMinutes(1), 0);
        final Generation g = untied.generate(List.of(c.prompt()), config).get(0);
        assertEquals(FinishReason.STOP_STRING, g.finishReason());
        assertEquals(c.greedyText().substring(0, c.greedyText().indexOf('\n')), g.text());
        assertEquals(c.greedyIds().subList(0, g.tokenIds().size()), g.tokenIds());
        assertTrue(g.tokenIds().size() < c.greedyIds().size());
    }

    @Test
    void timeLimitStopsAfterTheFirstToken() {
        final TinyQwen2.Case c = TinyQwen2.reference(TinyQwen2.BF16_TIED).cases().get(0);
        final GenerationConfig config = new GenerationConfig(16, 0, 1, List.of(), Duration.ZERO, 0);
        final Generation g = tied.generate(List.of(c.prompt()), config).get(0);
        assertEquals(FinishReason.TIME_LIMIT, g.finishReason());
        assertEquals(c.greedyIds().subList(0, 1), g.tokenIds());
    }

    @Test
    void maxNewTokensBoundsTheContinuation() {
        final TinyQwen2.Case c = TinyQwen2.reference(TinyQwen2.BF16_TIED).cases().get(0);
        final Generation g = tied.generate(List.of(c.prompt()), GenerationConfig.greedy(3)).get(0);
        assertEquals(FinishReason.MAX_TOKENS, g.finishReason());
        assertEquals(c.greedyIds().subList(0, 3), g.tokenIds());
    }

    @Test
    void samplingWithTheSameSeedRepeatsAndDoesNotDependOnBatching() {
        final List<String> prompts = TinyQwen2.reference(TinyQwen2.F32_UNTIED).cases().stream()
                .map(TinyQwen2.Case::prompt).toList();
        final GenerationConfig config = new GenerationConfig(12, 1.0, 0.9, List.of(), Duration.ofMinutes(1), 42);
        final List<Generation> pairs = untied.generate(prompts, config);
        final List<Generation> again = untied.generate(prompts, config);
        final List<Generation> oneBatch;
        try (DjlQwen2Generator wide = DjlQwen2Generator.open(TinyQwen2.folder(TinyQwen2.F32_UNTIED), TinyQwen2.cpu())) {
            oneBatch = wide.generate(prompts, config);
        }
        for (int i = 0; i < prompts.size(); i++) {
            assertEquals(pairs.get(i).tokenIds(), again.get(i).tokenIds(), "#" + i);
            assertEquals(pairs.get(i).tokenIds(), oneBatch.get(i).tokenIds(), "#" + i);
        }
    }

    @Test
    void samplingDiffersFromGreedyAtAHighTemperature() {
        final TinyQwen2.Reference reference = TinyQwen2.reference(TinyQwen2.BF16_TIED);
        final TinyQwen2.Case c = reference.cases().get(0);
        final GenerationConfig hot = new GenerationConfig(16, 5.0, 1.0, List.of(), Duration.ofMinutes(1), 7);
        assertNotEquals(c.greedyIds(), tied.generate(List.of(c.prompt()), hot).get(0).tokenIds());
    }

    @Test
    void aTinyNucleusIsGreedy() {
        final TinyQwen2.Reference reference = TinyQwen2.reference(TinyQwen2.BF16_TIED);
        final TinyQwen2.Case c = reference.cases().get(0);
        final GenerationConfig config = new GenerationConfig(16, 0.7, 1e-9, List.of(), Duration.ofMinutes(1), 3);
        assertEquals(c.greedyIds(), tied.generate(List.of(c.prompt()), config).get(0).tokenIds());
    }

    @Test
    void anEmptyPromptFailsAloneAndTheOthersAreDecoded() {
        final TinyQwen2.Case c = TinyQwen2.reference(TinyQwen2.BF16_TIED).cases().get(0);
        final List<Generation> out = tied.generate(List.of("", c.prompt()), GenerationConfig.greedy(16));
        assertEquals(FinishReason.ERROR, out.get(0).finishReason());
        assertTrue(out.get(0).error().contains("prompt 0 is empty"), out.get(0).error());
        assertEquals(c.greedyIds(), out.get(1).tokenIds());
    }

    @Test
    void aPromptPastTheModelsPositionsFailsWithTheNumbers() {
        final Generation g = tied.generate(List.of("import numpy as np"), GenerationConfig.greedy(600)).get(0);
        assertEquals(FinishReason.ERROR, g.finishReason());
        assertTrue(g.error().contains("512 positions"), g.error());
    }

    @Test
    void nameNamesTheCheckpointFolder() {
        assertEquals("djl:bf16-tied", tied.name());
    }

    private static String variant(final DjlQwen2Generator generator) {
        return generator.name().substring("djl:".length());
    }

    private static GenerationConfig greedy(final TinyQwen2.Reference reference) {
        return GenerationConfig.greedy(reference.maxNewTokens());
    }
}
