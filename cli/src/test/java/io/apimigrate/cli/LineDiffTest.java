package io.apimigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line alignment under {@code fix --diff}. */
class LineDiffTest {

    private static final int MANY = 3_000;

    @Test
    void changedLineBetweenKeptOnesIsRemovedThenAdded() {
        assertEquals(" -+ ", LineDiff.of(List.of("a\n", "b\n", "c\n"), List.of("a\n", "B\n", "c\n")));
    }

    @Test
    void insertedLineKeepsTheLinesAroundIt() {
        assertEquals(" + ", LineDiff.of(List.of("a\n", "c\n"), List.of("a\n", "b\n", "c\n")));
    }

    @Test
    void regionTooLargeForATableIsSplitAtLinesFoundOnceOnEachSide() {
        final List<String> before = new ArrayList<>();
        final List<String> after = new ArrayList<>();
        final StringBuilder expected = new StringBuilder();
        for (int i = 0; i < MANY; i++) {
            before.add("x" + i + " = np.trapz(y)\n");
            after.add("x" + i + " = np.trapezoid(y)\n");
            before.add("# step " + i + "\n");
            after.add("# step " + i + "\n");
            expected.append("-+ ");
        }
        assertEquals(expected.toString(), LineDiff.of(before, after));
    }

    @Test
    void regionTooLargeForATableWithNoUniqueLineIsRemovedThenAdded() {
        final List<String> before = new ArrayList<>();
        final List<String> after = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            before.add("old\n");
            after.add("new\n");
        }
        assertEquals("-".repeat(MANY) + "+".repeat(MANY), LineDiff.of(before, after));
    }
}
