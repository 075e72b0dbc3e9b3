package io.apimigrate.worker.model.safetensors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.worker.model.ModelLoadException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsFileTest {

    @TempDir
    Path dir;

    @Test
    void readsEachTensorsTypeShapeAndBytes() throws IOException {
        final Path file = dir.resolve("model.safetensors");
        SafetensorsFiles.write(file, """
                {"__metadata__": {"format": "pt"},
                 "w": {"dtype": "F32", "shape": [2, 2], "data_offsets": [0, 16]},
                 "b": {"dtype": "BF16", "shape": [2], "data_offsets": [16, 20]}}""",
                0, concat(SafetensorsFiles.f32(1, 2, 3, 4), SafetensorsFiles.bf16(0.5f, -1)));
        final SafetensorsFile st = SafetensorsFile.open(file);
        assertEquals(2, st.tensors().size());
        final TensorInfo w = st.tensors().get("w");
        assertEquals(TensorType.F32, w.type());
        assertArrayEquals(new long[] {2, 2}, w.shape());
        final ByteBuffer secondRow = SafetensorsFile.map(w, 8, 8);
        assertEquals(3f, secondRow.getFloat(0));
        assertEquals(4f, secondRow.getFloat(4));
        assertEquals(TensorType.BF16, st.tensors().get("b").type());
    }

    @Test
    void tensorsPastTwoGigabytesAreMapped() throws IOException {
        final Path file = dir.resolve("sparse.safetensors");
        final long far = 3L << 30;
        SafetensorsFiles.write(file, "{\"pad\": {\"dtype\": \"F32\", \"shape\": [" + far / 4 + "], \"data_offsets\": [0, "
                + far + "]}, \"x\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [" + far + ", " + (far + 8)
                + "]}}", far, SafetensorsFiles.f32(7, -8));
        final TensorInfo x = SafetensorsFile.open(file).tensors().get("x");
        assertTrue(x.offset() > Integer.MAX_VALUE);
        assertEquals(-8f, SafetensorsFile.map(x, 4, 4).getFloat(0));
    }

    @Test
    void aTruncatedFileIsReportedWithTheTensor() throws IOException {
        final Path file = dir.resolve("cut.safetensors");
        SafetensorsFiles.write(file, "{\"w\": {\"dtype\": \"F32\", \"shape\": [4], \"data_offsets\": [0, 16]}}",
                0, SafetensorsFiles.f32(1, 2));
        final ModelLoadException e = assertThrows(ModelLoadException.class, () -> SafetensorsFile.open(file));
        assertTrue(e.getMessage().contains("cut.safetensors: tensor w") && e.getMessage().contains("truncated"),
                e.getMessage());
    }

    @Test
    void anUnsupportedDtypeIsNamed() throws IOException {
        final Path file = dir.resolve("int.safetensors");
        SafetensorsFiles.write(file, "{\"q\": {\"dtype\": \"I8\", \"shape\": [2], \"data_offsets\": [0, 2]}}",
                0, new byte[2]);
        final ModelLoadException e = assertThrows(ModelLoadException.class, () -> SafetensorsFile.open(file));
        assertTrue(e.getMessage().contains("tensor q: dtype I8 is not supported"), e.getMessage());
    }

    @Test
    void aByteRangeThatDoesNotFitTheShapeIsRejected() throws IOException {
        final Path file = dir.resolve("odd.safetensors");
        SafetensorsFiles.write(file, "{\"w\": {\"dtype\": \"F32\", \"shape\": [3], \"data_offsets\": [0, 8]}}",
                0, SafetensorsFiles.f32(1, 2));
        final ModelLoadException e = assertThrows(ModelLoadException.class, () -> SafetensorsFile.open(file));
        assertTrue(e.getMessage().contains("8 bytes do not hold F32 shape [3]"), e.getMessage());
    }

    @Test
    void aFileThatIsNotSafetensorsSaysSo() throws IOException {
        final Path file = dir.resolve("model.safetensors");
        Files.write(file, "PK\u0003\u0004 this is a zip file, not safetensors".getBytes());
        final ModelLoadException e = assertThrows(ModelLoadException.class, () -> SafetensorsFile.open(file));
        assertTrue(e.getMessage().contains("header length") && e.getMessage().contains("not a safetensors file"),
                e.getMessage());
    }

    @Test
    void aHeaderThatIsNotJsonSaysSo() throws IOException {
        final Path file = dir.resolve("model.safetensors");
        SafetensorsFiles.write(file, "{not json", 0, new byte[0]);
        final ModelLoadException e = assertThrows(ModelLoadException.class, () -> SafetensorsFile.open(file));
        assertTrue(e.getMessage().contains("header is not valid JSON"), e.getMessage());
    }

    private static byte[] concat(final byte[] a, final byte[] b) {
        final byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
