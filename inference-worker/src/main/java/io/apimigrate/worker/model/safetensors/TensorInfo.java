package io.apimigrate.worker.model.safetensors;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where one tensor lies in a safetensors file.
 *
 * @param name the tensor's name, e.g. {@code model.layers.0.self_attn.q_proj.weight}
 * @param type its element type
 * @param shape its dimensions
 * @param file the file that holds it
 * @param offset absolute byte offset of its first element in the file
 * @param length its size in bytes
 */
public record TensorInfo(String name, TensorType type, long[] shape, Path file, long offset, long length) {

    public TensorInfo {
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** The number of elements. */
    public long elements() {
        long n = 1;
        for (final long d : shape) {
            n *= d;
        }
        return n;
    }

    /** Rows along the first dimension (1 for a scalar). */
    public long rows() {
        return shape.length == 0 ? 1 : shape[0];
    }

    /** Whether the shape equals the given dimensions. */
    public boolean hasShape(final long... expected) {
        return Arrays.equals(shape, expected);
    }

    /** The shape as {@code [a, b]}. */
    public String shapeText() {
        return Arrays.toString(shape);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof TensorInfo t && name.equals(t.name) && type == t.type && Arrays.equals(shape, t.shape)
                && file.equals(t.file) && offset == t.offset && length == t.length;
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return name + " " + type + shapeText() + " in " + file.getFileName();
    }
}
