package io.apimigrate.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line edits that turn one text into another, as one character per line: {@code ' '} kept,
 * {@code '-'} removed, {@code '+'} added. Common leading and trailing lines are kept; a changed
 * region is aligned by longest common subsequence where its table is small, and else split at
 * the lines that occur once on each side (patience diff), so that a file with thousands of
 * changed lines costs memory and time in proportion to its length.
 */
final class LineDiff {

    /** The most cells (removed lines times added lines) a region is aligned with a full table. */
    static final long TABLE_CELLS = 1L << 22;

    private final List<String> before;
    private final List<String> after;
    private final StringBuilder ops;

    private LineDiff(final List<String> before, final List<String> after) {
        this.before = before;
        this.after = after;
        this.ops = new StringBuilder(before.size() + after.size());
    }

    /** One character per line of the diff from {@code before} to {@code after}. */
    static String of(final List<String> before, final List<String> after) {
        final LineDiff diff = new LineDiff(before, after);
        diff.region(0, before.size(), 0, after.size());
        return diff.ops.toString();
    }

    private void region(final int aFrom, final int aTo, final int bFrom, final int bTo) {
        int i = aFrom;
        int j = bFrom;
        while (i < aTo && j < bTo && before.get(i).equals(after.get(j))) {
            ops.append(' ');
            i++;
            j++;
        }
        int suffix = 0;
        while (aTo - suffix > i && bTo - suffix > j && before.get(aTo - 1 - suffix).equals(after.get(bTo - 1 - suffix))) {
            suffix++;
        }
        changed(i, aTo - suffix, j, bTo - suffix);
        repeat(' ', suffix);
    }

    private void changed(final int aFrom, final int aTo, final int bFrom, final int bTo) {
        final int n = aTo - aFrom;
        final int m = bTo - bFrom;
        if (n == 0 || m == 0) {
            repeat('-', n);
            repeat('+', m);
        } else if ((long) n * m <= TABLE_CELLS) {
            table(aFrom, aTo, bFrom, bTo);
        } else {
            anchored(aFrom, aTo, bFrom, bTo);
        }
    }

    private void table(final int aFrom, final int aTo, final int bFrom, final int bTo) {
        final int n = aTo - aFrom;
        final int m = bTo - bFrom;
        final int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = before.get(aFrom + i).equals(after.get(bFrom + j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && before.get(aFrom + i).equals(after.get(bFrom + j))) {
                ops.append(' ');
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.append('-');
                i++;
            } else {
                ops.append('+');
                j++;
            }
        }
    }

    private void anchored(final int aFrom, final int aTo, final int bFrom, final int bTo) {
        final List<int[]> anchors = uniqueAnchors(aFrom, aTo, bFrom, bTo);
        if (anchors.isEmpty()) {
            repeat('-', aTo - aFrom);
            repeat('+', bTo - bFrom);
            return;
        }
        int i = aFrom;
        int j = bFrom;
        for (final int[] anchor : anchors) {
            region(i, anchor[0], j, anchor[1]);
            ops.append(' ');
            i = anchor[0] + 1;
            j = anchor[1] + 1;
        }
        region(i, aTo, j, bTo);
    }

    /**
     * The longest run of lines that occur once in each range, in the same order on both sides,
     * as pairs of line indices.
     */
    private List<int[]> uniqueAnchors(final int aFrom, final int aTo, final int bFrom, final int bTo) {
        final Map<String, int[]> seen = new HashMap<>();
        for (int i = aFrom; i < aTo; i++) {
            final int[] at = seen.computeIfAbsent(before.get(i), k -> new int[] {0, 0, -1});
            at[0]++;
            at[2] = i;
        }
        for (int j = bFrom; j < bTo; j++) {
            final int[] at = seen.get(after.get(j));
            if (at != null) {
                at[1]++;
            }
        }
        final List<int[]> pairs = new ArrayList<>();
        for (int j = bFrom; j < bTo; j++) {
            final int[] at = seen.get(after.get(j));
            if (at != null && at[0] == 1 && at[1] == 1) {
                pairs.add(new int[] {at[2], j});
            }
        }
        pairs.sort((x, y) -> Integer.compare(x[0], y[0]));
        return increasingInAfter(pairs);
    }

    /** The longest subsequence of pairs (sorted by their first index) whose second indices increase. */
    private static List<int[]> increasingInAfter(final List<int[]> pairs) {
        final int[] tails = new int[pairs.size()];
        final int[] previous = new int[pairs.size()];
        int length = 0;
        for (int p = 0; p < pairs.size(); p++) {
            final int value = pairs.get(p)[1];
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                final int mid = (lo + hi) >>> 1;
                if (pairs.get(tails[mid])[1] < value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[p] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = p;
            length = Math.max(length, lo + 1);
        }
        final List<int[]> out = new ArrayList<>();
        for (int p = length > 0 ? tails[length - 1] : -1; p >= 0; p = previous[p]) {
            out.add(pairs.get(p));
        }
        Collections.reverse(out);
        return out;
    }

    private void repeat(final char op, final int times) {
        for (int k = 0; k < times; k++) {
            ops.append(op);
        }
    }
}
