package io.apimigrate.worker.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.apimigrate.worker.model.safetensors.SafetensorsCheckpoint;
import io.apimigrate.worker.model.safetensors.SafetensorsFile;
import io.apimigrate.worker.model.safetensors.TensorInfo;
import io.apimigrate.worker.model.safetensors.TensorType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.ShortBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * Copies checkpoint tensors into NDArrays of the requested type, a block of rows at a time, so no
 * tensor is ever held whole on the Java side. BF16 is widened to float32 in Java ({@code bits << 16})
 * and never becomes a BF16 NDArray.
 */
final class WeightLoader {

    private static final long BLOCK_ELEMENTS = 1L << 23;

    private final NDManager manager;
    private final SafetensorsCheckpoint checkpoint;
    private ByteBuffer scratch = ByteBuffer.allocateDirect(0);

    WeightLoader(final NDManager manager, final SafetensorsCheckpoint checkpoint) {
        this.manager = manager;
        this.checkpoint = checkpoint;
    }

    /** Whether the checkpoint holds a tensor called {@code name}. */
    boolean has(final String name) {
        return checkpoint.find(name).isPresent();
    }

    /** Loads one tensor, checking its shape. */
    NDArray load(final String name, final DataType type, final long... shape) {
        return concatRows(type, List.of(name), List.of(shape));
    }

    /** Loads tensors with equal trailing dimensions stacked along the first one (fused projections). */
    NDArray concatRows(final DataType type, final List<String> names, final List<long[]> shapes) {
        final TensorInfo[] parts = new TensorInfo[names.size()];
        long rows = 0;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = checkpoint.require(names.get(i));
            if (!parts[i].hasShape(shapes.get(i))) {
                throw new ModelLoadException("tensor " + names.get(i) + " has shape " + parts[i].shapeText()
                        + " but " + Qwen2Config.FILE + " implies " + Arrays.toString(shapes.get(i)));
            }
            rows += parts[i].rows();
        }
        final long[] dims = shapes.get(0).clone();
        dims[0] = rows;
        final NDArray target = manager.create(new Shape(dims), type);
        long at = 0;
        for (final TensorInfo part : parts) {
            copyInto(target, at, part, type);
            at += part.rows();
        }
        return target;
    }

    private void copyInto(final NDArray target, final long firstRow, final TensorInfo tensor, final DataType type) {
        final long rowElements = tensor.elements() / Math.max(1, tensor.rows());
        final long blockRows = Math.max(1, BLOCK_ELEMENTS / Math.max(1, rowElements));
        final long[] blockShape = tensor.shape();
        for (long row = 0; row < tensor.rows(); row += blockRows) {
            final long rows = Math.min(blockRows, tensor.rows() - row);
            if (blockShape.length > 0) {
                blockShape[0] = rows;
            }
            final long elements = rows * rowElements;
            final ByteBuffer bytes = SafetensorsFile.map(
                    tensor, row * rowElements * tensor.type().bytes(), elements * tensor.type().bytes());
            final NDIndex rowsAt = new NDIndex("{}:{}", firstRow + row, firstRow + row + rows);
            try (NDArray block = block(bytes, tensor.type(), new Shape(blockShape), elements)) {
                if (block.getDataType() == type) {
                    target.set(rowsAt, block);
                } else {
                    try (NDArray typed = block.toType(type, false)) {
                        target.set(rowsAt, typed);
                    }
                }
            }
        }
    }

    private NDArray block(final ByteBuffer bytes, final TensorType type, final Shape shape, final long elements) {
        return switch (type) {
            case F32 -> manager.create(bytes, shape, DataType.FLOAT32);
            case F16 -> manager.create(bytes, shape, DataType.FLOAT16);
            case BF16 -> manager.create(widen(bytes.asShortBuffer(), (int) elements), shape, DataType.FLOAT32);
        };
    }

    private ByteBuffer widen(final ShortBuffer bf16, final int elements) {
        if (scratch.capacity() < elements * 4) {
            scratch = ByteBuffer.allocateDirect(elements * 4).order(ByteOrder.nativeOrder());
        }
        scratch.clear().limit(elements * 4);
        final IntBuffer bits = scratch.asIntBuffer();
        for (int i = 0; i < elements; i++) {
            bits.put(i, (bf16.get(i) & 0xFFFF) << 16);
        }
        return scratch;
    }
}
