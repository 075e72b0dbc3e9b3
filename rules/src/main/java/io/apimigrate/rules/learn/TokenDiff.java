package io.apimigrate.rules.learn;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.python.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Longest-common-subsequence alignment of two snippets' code tokens by text, and the hunks
 * where they differ. Common prefix and suffix are trimmed first, so the quadratic part only
 * covers the changed middle.
 */
final class TokenDiff {

    /** Above this many cells the middle is too large to align token by token. */
    private static final long MAX_CELLS = 6_000_000L;

    final int[] oldToNew;
    final int[] newToOld;
    final List<DiffHunk> hunks;

    private TokenDiff(final int[] oldToNew, final int[] newToOld, final List<DiffHunk> hunks) {
        this.oldToNew = oldToNew;
        this.newToOld = newToOld;
        this.hunks = hunks;
    }

    /** Aligns the two snippets; null when the changed middle is too large to align. */
    static TokenDiff of(final CodeView before, final CodeView after) {
        final String[] a = texts(before);
        final String[] b = texts(after);
        final int[] oldToNew = new int[a.length];
        final int[] newToOld = new int[b.length];
        Arrays.fill(oldToNew, -1);
        Arrays.fill(newToOld, -1);
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
            oldToNew[prefix] = prefix;
            newToOld[prefix] = prefix;
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
            oldToNew[a.length - 1 - suffix] = b.length - 1 - suffix;
            newToOld[b.length - 1 - suffix] = a.length - 1 - suffix;
            suffix++;
        }
        final int n = a.length - prefix - suffix;
        final int m = b.length - prefix - suffix;
        if ((long) n * m > MAX_CELLS) {
            return null;
        }
        final int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[prefix + i].equals(b[prefix + j]) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a[prefix + i].equals(b[prefix + j]) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                oldToNew[prefix + i] = prefix + j;
                newToOld[prefix + j] = prefix + i;
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return new TokenDiff(oldToNew, newToOld, hunks(oldToNew, newToOld));
    }

    private static List<DiffHunk> hunks(final int[] oldToNew, final int[] newToOld) {
        final List<DiffHunk> hunks = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < oldToNew.length || j < newToOld.length) {
            if (i < oldToNew.length && j < newToOld.length && oldToNew[i] == j) {
                i++;
                j++;
                continue;
            }
            final int fromOld = i;
            final int fromNew = j;
            while (i < oldToNew.length && oldToNew[i] < 0) {
                i++;
            }
            while (j < newToOld.length && newToOld[j] < 0) {
                j++;
            }
            hunks.add(new DiffHunk(fromOld, i, fromNew, j));
        }
        return hunks;
    }

    private static String[] texts(final CodeView view) {
        final String[] out = new String[view.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = view.kind(c) == TokenKind.NEWLINE ? "\n" : view.text(c);
        }
        return out;
    }

    /** Old tokens {@code [oldFrom, oldTo)} became new tokens {@code [newFrom, newTo)}. */
    record DiffHunk(int oldFrom, int oldTo, int newFrom, int newTo) {
    }
}
