package io.apimigrate.worker.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

class BatchLayoutTest {

    private static final float M = BatchLayout.MASKED;

    @Test
    void positionsCountFromEachRowsFirstRealToken() {
        try (NDManager manager = TinyQwen2.engine().newBaseManager()) {
            final BatchLayout layout = BatchLayout.leftPadded(new int[] {3, 1});
            assertArrayEquals(new float[] {0, 1, 2, 0, 0, 0}, layout.positions(manager, 0, 3).toFloatArray());
            assertArrayEquals(new float[] {3, 1}, layout.positions(manager, 3, 1).toFloatArray());
        }
    }

    @Test
    void prefillMaskIsCausalAndHidesPads() {
        try (NDManager manager = TinyQwen2.engine().newBaseManager()) {
            final NDArray mask = BatchLayout.leftPadded(new int[] {2, 1}).mask(manager, 0, 2);
            assertArrayEquals(new long[] {2, 1, 1, 2, 2}, mask.getShape().getShape());
            assertArrayEquals(new float[] {
                0, M,
                0, 0,
                M, M,
                M, 0,
            }, mask.toFloatArray());
        }
    }

    @Test
    void stepMaskSeesEverythingButPads() {
        try (NDManager manager = TinyQwen2.engine().newBaseManager()) {
            final NDArray mask = BatchLayout.leftPadded(new int[] {2, 1}).mask(manager, 2, 1);
            assertArrayEquals(new float[] {0, 0, 0, M, 0, 0}, mask.toFloatArray());
        }
    }
}
