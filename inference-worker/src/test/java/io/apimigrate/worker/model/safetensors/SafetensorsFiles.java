package io.apimigrate.worker.model.safetensors;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes small safetensors files for tests, including sparse ones with data past 2 GB. */
public final class SafetensorsFiles {

    private SafetensorsFiles() {
    }

    /** Writes the 8-byte length, the JSON header and then {@code data} at byte {@code dataOffset} of the data. */
    public static void write(final Path file, final String header, final long dataOffset, final byte[] data)
            throws IOException {
        final byte[] json = header.getBytes(StandardCharsets.UTF_8);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(json.length).array());
            out.write(json);
            out.seek(8L + json.length + dataOffset);
            out.write(data);
        }
    }

    /** Little-endian float32 bytes. */
    public static byte[] f32(final float... values) {
        final ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (final float v : values) {
            buffer.putFloat(v);
        }
        return buffer.array();
    }

    /** Little-endian bfloat16 bytes (the top half of each float32; exact for these test values). */
    public static byte[] bf16(final float... values) {
        final ByteBuffer buffer = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (final float v : values) {
            buffer.putShort((short) (Float.floatToIntBits(v) >>> 16));
        }
        return buffer.array();
    }
}
