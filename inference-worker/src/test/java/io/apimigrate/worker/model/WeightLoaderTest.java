package io.apimigrate.worker.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.apimigrate.worker.model.safetensors.SafetensorsCheckpoint;
import io.apimigrate.worker.model.safetensors.SafetensorsFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightLoaderTest {

    @TempDir
    Path dir;

    @Test
    void bfloat16IsWidenedToFloat32() throws IOException {
        SafetensorsFiles.write(dir.resolve(SafetensorsCheckpoint.SINGLE),
                "{\"w\": {\"dtype\": \"BF16\", \"shape\": [2, 2], \"data_offsets\": [0, 8]}}",
                0, SafetensorsFiles.bf16(1.5f, -2f, 0.25f, 1024f));
        try (NDManager manager = manager()) {
            final NDArray w = loader(manager).load("w", DataType.FLOAT32, 2, 2);
            assertEquals(DataType.FLOAT32, w.getDataType());
            assertArrayEquals(new float[] {1.5f, -2f, 0.25f, 1024f}, w.toFloatArray());
        }
    }

    @Test
    void bfloat16CanBeLoadedAsFloat16() throws IOException {
        SafetensorsFiles.write(dir.resolve(SafetensorsCheckpoint.SINGLE),
                "{\"w\": {\"dtype\": \"BF16\", \"shape\": [2], \"data_offsets\": [0, 4]}}",
                0, SafetensorsFiles.bf16(3f, -0.5f));
        try (NDManager manager = manager()) {
            final NDArray w = loader(manager).load("w", DataType.FLOAT16, 2);
            assertEquals(DataType.FLOAT16, w.getDataType());
            assertArrayEquals(new float[] {3f, -0.5f}, w.toType(DataType.FLOAT32, false).toFloatArray());
        }
    }

    @Test
    void weightsPastTwoGigabytesLoad() throws IOException {
        final long far = (5L << 29) + 2;
        SafetensorsFiles.write(dir.resolve(SafetensorsCheckpoint.SINGLE), "{\"pad\": {\"dtype\": \"BF16\", \"shape\": ["
                + far / 2 + "], \"data_offsets\": [0, " + far + "]}, \"x\": {\"dtype\": \"BF16\", \"shape\": [3],"
                + " \"data_offsets\": [" + far + ", " + (far + 6) + "]}}", far, SafetensorsFiles.bf16(1, -2, 0.5f));
        try (NDManager manager = manager()) {
            assertArrayEquals(new float[] {1, -2, 0.5f}, loader(manager).load("x", DataType.FLOAT32, 3).toFloatArray());
        }
    }

    @Test
    void fusedTensorsAreStackedInOrder() throws IOException {
        SafetensorsFiles.write(dir.resolve(SafetensorsCheckpoint.SINGLE), """
                {"a": {"dtype": "F32", "shape": [1, 2], "data_offsets": [0, 8]},
                 "b": {"dtype": "BF16", "shape": [2, 2], "data_offsets": [8, 16]}}""",
                0, concat(SafetensorsFiles.f32(1, 2), SafetensorsFiles.bf16(3, 4, 5, 6)));
        try (NDManager manager = manager()) {
            final NDArray ab = loader(manager).concatRows(DataType.FLOAT32, List.of("a", "b"),
                    List.of(new long[] {1, 2}, new long[] {2, 2}));
            assertArrayEquals(new long[] {3, 2}, ab.getShape().getShape());
            assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, ab.toFloatArray());
        }
    }

    @Test
    void aShapeThatDisagreesWithTheConfigNamesBoth() throws IOException {
        SafetensorsFiles.write(dir.resolve(SafetensorsCheckpoint.SINGLE),
                "{\"w\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [0, 8]}}", 0, SafetensorsFiles.f32(1, 2));
        try (NDManager manager = manager()) {
            final ModelLoadException e = assertThrows(ModelLoadException.class,
                    () -> loader(manager).load("w", DataType.FLOAT32, 3));
            assertTrue(e.getMessage().contains("tensor w has shape [2] but config.json implies [3]"), e.getMessage());
        }
    }

    private WeightLoader loader(final NDManager manager) {
        return new WeightLoader(manager, SafetensorsCheckpoint.open(dir));
    }

    private static NDManager manager() {
        return TinyQwen2.engine().newBaseManager();
    }

    private static byte[] concat(final byte[] a, final byte[] b) {
        final byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
