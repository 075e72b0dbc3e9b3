package io.apimigrate.worker.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each broken checkpoint fails to load with a message naming the file and the field or tensor. */
class CheckpointErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFolderNamesConfigJson() {
        assertFailsWith(dir.resolve("nowhere"), "config.json not found");
    }

    @Test
    void aMissingConfigFieldIsNamed() throws IOException {
        final Path model = copy(TinyQwen2.BF16_TIED);
        edit(model.resolve("config.json"), "\"hidden_size\": 64,", "");
        assertFailsWith(model, "config.json: field hidden_size is missing");
    }

    @Test
    void aConfigThatIsNotJsonSaysSo() throws IOException {
        final Path model = copy(TinyQwen2.BF16_TIED);
        Files.writeString(model.resolve("config.json"), "{\"model_type\": ");
        assertFailsWith(model, "config.json: not valid JSON");
    }

    @Test
    void anotherArchitectureIsRefused() throws IOException {
        final Path model = copy(TinyQwen2.BF16_TIED);
        edit(model.resolve("config.json"), "\"model_type\": \"qwen2\"", "\"model_type\": \"llama\"");
        assertFailsWith(model, "config.json: field model_type is \"llama\"; only qwen2 checkpoints are supported");
    }

    @Test
    void scaledRotaryEmbeddingsAreRefused() throws IOException {
        final Path model = copy(TinyQwen2.BF16_TIED);
        edit(model.resolve("config.json"), "\"rope_scaling\": null", "\"rope_scaling\": {\"type\": \"yarn\", \"factor\": 4}");
        assertFailsWith(model, "field rope_scaling asks for rope type yarn");
    }

    @Test
    void aFolderWithoutWeightsSaysWhichFilesItLooksFor() throws IOException {
        final Path model = copy(TinyQwen2.BF16_TIED);
        Files.delete(model.resolve("model.safetensors"));
        assertFailsWith(model, "no model.safetensors and no model.safetensors.index.json");
    }

    @Test
    void aMissingShardIsNamed() throws IOException {
        final Path model = copy(TinyQwen2.F32_UNTIED);
        Files.delete(model.resolve("model-00002-of-00003.safetensors"));
        assertFailsWith(model, "lists shard model-00002-of-00003.safetensors, which is not a file");
    }

    @Test
    void aMissingTensorIsNamed() throws IOException {
        final Path model = copy(TinyQwen2.F32_UNTIED);
        edit(model.resolve("model.safetensors.index.json"),
                "\"lm_head.weight\": \"model-00003-of-00003.safetensors\",", "");
        assertFailsWith(model, "tensor lm_head.weight not found in model.safetensors.index.json");
    }

    @Test
    void aTensorWhoseShapeDisagreesWithTheConfigIsNamed() throws IOException {
        final Path model = copy(TinyQwen2.BF16_TIED);
        edit(model.resolve("config.json"), "\"intermediate_size\": 128", "\"intermediate_size\": 96");
        assertFailsWith(model, "tensor model.layers.0.mlp.gate_proj.weight has shape [128, 64] but config.json implies [96, 64]");
    }

    @Test
    void aMissingTokenizerIsNamed() throws IOException {
        final Path model = copy(TinyQwen2.BF16_TIED);
        Files.delete(model.resolve("tokenizer.json"));
        final ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> DjlQwen2Generator.open(model, TinyQwen2.cpu()));
        assertTrue(e.getMessage().contains("tokenizer.json not found"), e.getMessage());
    }

    private void assertFailsWith(final Path model, final String expected) {
        final ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> Qwen2Model.load(model, TinyQwen2.cpu()).close());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private Path copy(final String variant) throws IOException {
        final Path target = dir.resolve(variant);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(TinyQwen2.folder(variant))) {
            for (final Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    private static void edit(final Path file, final String from, final String to) throws IOException {
        final String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " has no " + from);
        }
        Files.writeString(file, text.replace(from, to));
    }
}
