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
        final List<DiffHunk> aligned = hunks(oldToNew, newToOld);
        for (final DiffHunk hunk : aligned) {
            if (hunk.newFrom() == hunk.newTo()) {
                slideToStatements(a, oldToNew, newToOld, hunk.oldFrom(), hunk.oldTo());
            } else if (hunk.oldFrom() == hunk.oldTo()) {
                slideToStatements(b, newToOld, oldToNew, hunk.newFrom(), hunk.newTo());
            }
        }
        return new TokenDiff(oldToNew, newToOld, hunks(oldToNew, newToOld));
    }

    /**
     * Moves a run of tokens that only one side has, {@code [from, to)} of {@code side}, to whole
     * statements where it can slide there: the alignment does not say which of equal tokens a
     * deleted statement took along ({@code plt.hold(True)} deleted between two {@code plt.plot}
     * calls aligns as {@code hold(True) NEWLINE plt.}), and a rule learns a statement better than
     * two halves of neighbouring ones. Left as it is where no shift makes it whole statements.
     */
    private static void slideToStatements(final String[] side, final int[] map, final int[] back, final int from,
            final int to) {
        final int length = to - from;
        int left = from;
        while (left > 0 && map[left - 1] >= 0 && side[left - 1].equals(side[left - 1 + length])) {
            left--;
        }
        int right = from;
        while (right + length < side.length && map[right + length] >= 0 && side[right].equals(side[right + length])) {
            right++;
        }
        if (wholeStatements(side, from, to)) {
            return;
        }
        for (int start = left; start <= right; start++) {
            if (wholeStatements(side, start, start + length)) {
                shift(map, back, from, to, start);
                return;
            }
        }
    }

    /** Whether {@code [from, to)} starts a statement and ends with a statement's newline. */
    private static boolean wholeStatements(final String[] side, final int from, final int to) {
        return to > from && "\n".equals(side[to - 1]) && (from == 0 || "\n".equals(side[from - 1]));
    }

    /** Moves the one-sided run {@code [from, to)} to start at {@code start}; the tokens it passes keep their partners. */
    private static void shift(final int[] map, final int[] back, final int from, final int to, final int start) {
        final int length = to - from;
        final int[] partners = new int[Math.abs(start - from)];
        final int firstKept = start < from ? start : to;
        for (int k = 0; k < partners.length; k++) {
            partners[k] = map[firstKept + k];
        }
        Arrays.fill(map, Math.min(from, start), Math.max(to, start + length), -1);
        final int keptFrom = start < from ? start + length : from;
        for (int k = 0; k < partners.length; k++) {
            map[keptFrom + k] = partners[k];
            if (partners[k] >= 0) {
                back[partners[k]] = keptFrom + k;
            }
        }
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
