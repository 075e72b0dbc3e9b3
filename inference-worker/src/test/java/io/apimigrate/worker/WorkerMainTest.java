package io.apimigrate.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.worker.generate.Generator;
import io.apimigrate.worker.generate.NoneGenerator;
import io.apimigrate.worker.model.ModelLoadException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerMainTest {

    @Test
    void theDefaultGeneratorIsNone() {
        try (Generator generator = WorkerMain.generator(WorkerConfig.fromProperties(Map.of()))) {
            assertInstanceOf(NoneGenerator.class, generator);
        }
    }

    @Test
    void theHttpGeneratorIsNamedAfterItsModel() {
        final WorkerConfig config = WorkerConfig.fromProperties(Map.of("generator", "http", "http.model", "coder"));

        try (Generator generator = WorkerMain.generator(config)) {
            assertEquals("http:coder", generator.name());
        }
    }

    @Test
    void theDjlGeneratorLoadsTheCheckpointFolder() throws URISyntaxException {
        final Path folder = Path.of(getClass().getResource("/tiny-qwen2/f32-untied/config.json").toURI()).getParent();
        final WorkerConfig config = WorkerConfig.fromProperties(
                Map.of("generator", "djl", "model.dir", folder.toString(), "model.device", "cpu"));

        try (Generator generator = WorkerMain.generator(config)) {
            assertTrue(generator.name().startsWith("djl:"), generator.name());
        }
    }

    @Test
    void aMissingCheckpointIsAClearError(@TempDir final Path empty) {
        final WorkerConfig config = WorkerConfig.fromProperties(
                Map.of("generator", "djl", "model.dir", empty.toString(), "model.device", "cpu"));

        final ModelLoadException e = assertThrows(ModelLoadException.class, () -> WorkerMain.generator(config));
        assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
    }
}
