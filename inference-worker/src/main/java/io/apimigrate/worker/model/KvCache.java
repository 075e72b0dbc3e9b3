package io.apimigrate.worker.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;

/**
 * Keys and values of every layer for a batch, preallocated to a fixed capacity and filled in place,
 * so a decoding step copies only the new position.
 */
public final class KvCache implements AutoCloseable {

    private final NDArray[] keys;
    private final NDArray[] values;
    private final int capacity;
    private int length;

    KvCache(final NDManager manager, final Qwen2Config config, final int batch, final int capacity) {
        final Shape shape = new Shape(batch, config.kvHeads(), capacity, config.headDim());
        this.keys = new NDArray[config.layers()];
        this.values = new NDArray[config.layers()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = manager.zeros(shape, DataType.FLOAT32);
            values[i] = manager.zeros(shape, DataType.FLOAT32);
        }
        this.capacity = capacity;
    }

    /** Positions filled so far. */
    public int length() {
        return length;
    }

    /** Positions the cache can hold. */
    public int capacity() {
        return capacity;
    }

    /**
     * Writes layer {@code layer}'s new keys and values [B, kvHeads, T, headDim] after the filled
     * positions and returns views of all keys and values so far, [B, kvHeads, length + T, headDim].
     */
    NDList append(final int layer, final NDArray newKeys, final NDArray newValues) {
        final long end = length + newKeys.getShape().get(2);
        if (end > capacity) {
            throw new IllegalStateException("KV cache full: " + end + " positions asked, capacity " + capacity);
        }
        final NDIndex fresh = new NDIndex(":, :, {}:{}, :", length, end);
        keys[layer].set(fresh, newKeys);
        values[layer].set(fresh, newValues);
        final NDIndex filled = new NDIndex(":, :, :{}, :", end);
        return new NDList(keys[layer].get(filled), values[layer].get(filled));
    }

    /** Keeps only the given batch rows, in that order, freeing the others' memory. */
    void keepRows(final int[] rows) {
        final long[] index = Arrays.stream(rows).mapToLong(r -> r).toArray();
        for (int i = 0; i < keys.length; i++) {
            keys[i] = replace(keys[i], index);
            values[i] = replace(values[i], index);
        }
    }

    /** Marks {@code steps} more positions filled, once every layer has appended them. */
    void advance(final int steps) {
        length += steps;
    }

    private static NDArray replace(final NDArray old, final long[] rows) {
        try (NDArray index = old.getManager().create(rows)) {
            final NDArray kept = old.get(index);
            old.close();
            return kept;
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < keys.length; i++) {
            keys[i].close();
            values[i].close();
        }
    }
}
