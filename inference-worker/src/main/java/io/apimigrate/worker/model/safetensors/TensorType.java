package io.apimigrate.worker.model.safetensors;

import io.apimigrate.worker.model.ModelLoadException;

/** The element types a checkpoint tensor may have that the loader understands. */
public enum TensorType {
    F32(4),
    F16(2),
    /** bfloat16: widened while loading, since a BF16 NDArray aborts the JVM. */
    BF16(2);

    private final int bytes;

    TensorType(final int bytes) {
        this.bytes = bytes;
    }

    /** Bytes per element. */
    public int bytes() {
        return bytes;
    }

    /** Parses a safetensors {@code dtype} string. */
    static TensorType parse(final String dtype, final String where) {
        for (final TensorType type : values()) {
            if (type.name().equals(dtype)) {
                return type;
            }
        }
        throw new ModelLoadException(where + ": dtype " + dtype + " is not supported (F32, F16 or BF16)");
    }
}
