package io.apimigrate.rules.metrics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A port of CPython's {@code difflib.SequenceMatcher(None, a, b)} on the code points of two strings,
 * with the default {@code autojunk=True}: when {@code b} has at least 200 code points, every code
 * point occurring more than {@code len(b) // 100 + 1} times in {@code b} is "popular" and left out of
 * the index, exactly as {@code __chain_b} does. {@link #ratio}, {@link #matchingBlocks} and the
 * longest-match search (ties broken earliest in {@code a}, then earliest in {@code b}) give Python's
 * results; one search costs at most O(len(a) * len(b)).
 */
public final class SequenceMatcher {

    /** A matching block: {@code a[a:a+size] == b[b:b+size]} in code points. */
    public record Match(int a, int b, int size) {
    }

    private static final int AUTOJUNK_MIN_LENGTH = 200;

    private final int[] a;
    private final int[] b;
    /** For each code point of a, its dense id in b's alphabet, or -1 when b lacks it. */
    private final int[] aIds;
    /** Ascending positions in b of each dense id; null for popular ids. */
    private final int[][] b2j;
    private int[] prev;
    private int[] cur;

    private SequenceMatcher(final String a, final String b) {
        this.a = a.codePoints().toArray();
        this.b = b.codePoints().toArray();
        final Map<Integer, Integer> ids = new HashMap<>();
        final int[] bIds = new int[this.b.length];
        for (int j = 0; j < this.b.length; j++) {
            bIds[j] = ids.computeIfAbsent(this.b[j], k -> ids.size());
        }
        this.b2j = index(bIds, ids.size());
        this.aIds = new int[this.a.length];
        for (int i = 0; i < this.a.length; i++) {
            aIds[i] = ids.getOrDefault(this.a[i], -1);
        }
        this.prev = new int[this.b.length];
        this.cur = new int[this.b.length];
    }

    private static int[][] index(final int[] bIds, final int alphabet) {
        final int[] counts = new int[alphabet];
        for (final int id : bIds) {
            counts[id]++;
        }
        final int[][] positions = new int[alphabet][];
        final int popularAbove = bIds.length >= AUTOJUNK_MIN_LENGTH ? bIds.length / 100 + 1 : Integer.MAX_VALUE;
        for (int id = 0; id < alphabet; id++) {
            positions[id] = counts[id] > popularAbove ? null : new int[counts[id]];
        }
        final int[] filled = new int[alphabet];
        for (int j = 0; j < bIds.length; j++) {
            final int[] list = positions[bIds[j]];
            if (list != null) {
                list[filled[bIds[j]]++] = j;
            }
        }
        return positions;
    }

    /** {@code SequenceMatcher(None, a, b).ratio()}: 2 * matches / (len(a) + len(b)), 1.0 when both are empty. */
    public static double ratio(final String a, final String b) {
        final SequenceMatcher matcher = new SequenceMatcher(a, b);
        int matches = 0;
        for (final Match m : matcher.blocks()) {
            matches += m.size();
        }
        final int length = matcher.a.length + matcher.b.length;
        return length == 0 ? 1.0 : 2.0 * matches / length;
    }

    /** {@code get_matching_blocks()}: adjacent blocks merged, ending with the sentinel {@code (len(a), len(b), 0)}. */
    public static List<Match> matchingBlocks(final String a, final String b) {
        final SequenceMatcher matcher = new SequenceMatcher(a, b);
        final List<Match> merged = new ArrayList<>();
        int i1 = 0;
        int j1 = 0;
        int k1 = 0;
        for (final Match m : matcher.blocks()) {
            if (i1 + k1 == m.a() && j1 + k1 == m.b()) {
                k1 += m.size();
            } else {
                if (k1 > 0) {
                    merged.add(new Match(i1, j1, k1));
                }
                i1 = m.a();
                j1 = m.b();
                k1 = m.size();
            }
        }
        if (k1 > 0) {
            merged.add(new Match(i1, j1, k1));
        }
        merged.add(new Match(matcher.a.length, matcher.b.length, 0));
        return merged;
    }

    /** {@code find_longest_match(0, len(a), 0, len(b))}. */
    public static Match longestMatch(final String a, final String b) {
        final SequenceMatcher matcher = new SequenceMatcher(a, b);
        return matcher.findLongestMatch(0, matcher.a.length, 0, matcher.b.length);
    }

    /** The unmerged matching blocks in ascending order, as the queue in get_matching_blocks finds them. */
    private List<Match> blocks() {
        final List<Match> found = new ArrayList<>();
        final Deque<int[]> queue = new ArrayDeque<>();
        queue.push(new int[] {0, a.length, 0, b.length});
        while (!queue.isEmpty()) {
            final int[] range = queue.pop();
            final int alo = range[0];
            final int ahi = range[1];
            final int blo = range[2];
            final int bhi = range[3];
            final Match m = findLongestMatch(alo, ahi, blo, bhi);
            if (m.size() > 0) {
                found.add(m);
                if (alo < m.a() && blo < m.b()) {
                    queue.push(new int[] {alo, m.a(), blo, m.b()});
                }
                if (m.a() + m.size() < ahi && m.b() + m.size() < bhi) {
                    queue.push(new int[] {m.a() + m.size(), ahi, m.b() + m.size(), bhi});
                }
            }
        }
        found.sort(Comparator.comparingInt(Match::a).thenComparingInt(Match::b).thenComparingInt(Match::size));
        return found;
    }

    private Match findLongestMatch(final int alo, final int ahi, final int blo, final int bhi) {
        int besti = alo;
        int bestj = blo;
        int bestsize = 0;
        int[] prevTouched = new int[16];
        int prevCount = 0;
        int[] curTouched = new int[16];
        for (int i = alo; i < ahi; i++) {
            int curCount = 0;
            final int[] positions = aIds[i] < 0 ? null : b2j[aIds[i]];
            if (positions != null) {
                int p = Arrays.binarySearch(positions, blo);
                for (p = p < 0 ? -p - 1 : p; p < positions.length && positions[p] < bhi; p++) {
                    final int j = positions[p];
                    final int k = (j > 0 ? prev[j - 1] : 0) + 1;
                    cur[j] = k;
                    if (curCount == curTouched.length) {
                        curTouched = Arrays.copyOf(curTouched, curCount * 2);
                    }
                    curTouched[curCount++] = j;
                    if (k > bestsize) {
                        besti = i - k + 1;
                        bestj = j - k + 1;
                        bestsize = k;
                    }
                }
            }
            for (int t = 0; t < prevCount; t++) {
                prev[prevTouched[t]] = 0;
            }
            final int[] swap = prev;
            prev = cur;
            cur = swap;
            final int[] swapTouched = prevTouched;
            prevTouched = curTouched;
            curTouched = swapTouched;
            prevCount = curCount;
        }
        for (int t = 0; t < prevCount; t++) {
            prev[prevTouched[t]] = 0;
        }
        while (besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1]) {
            besti--;
            bestj--;
            bestsize++;
        }
        while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize]) {
            bestsize++;
        }
        return new Match(besti, bestj, bestsize);
    }
}
