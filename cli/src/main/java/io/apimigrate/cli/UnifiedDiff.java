package io.apimigrate.cli;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of one file in the form {@code git apply} accepts, three lines of context. */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff of {@code before} to {@code after} for {@code path} (relative, '/'-separated); empty if equal. */
    static String of(final String path, final String before, final String after) {
        if (before.equals(after)) {
            return "";
        }
        final List<String> a = lines(before);
        final List<String> b = lines(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        final List<String> midA = a.subList(prefix, a.size() - suffix);
        final List<String> midB = b.subList(prefix, b.size() - suffix);
        final int[][] lcs = new int[midA.size() + 1][midB.size() + 1];
        for (int i = midA.size() - 1; i >= 0; i--) {
            for (int j = midB.size() - 1; j >= 0; j--) {
                lcs[i][j] = midA.get(i).equals(midB.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        final List<char[]> ops = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
            ops.add(new char[] {' '});
            texts.add(a.get(k));
        }
        int i = 0;
        int j = 0;
        while (i < midA.size() || j < midB.size()) {
            if (i < midA.size() && j < midB.size() && midA.get(i).equals(midB.get(j))) {
                ops.add(new char[] {' '});
                texts.add(midA.get(i));
                i++;
                j++;
            } else if (i < midA.size() && (j == midB.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new char[] {'-'});
                texts.add(midA.get(i++));
            } else {
                ops.add(new char[] {'+'});
                texts.add(midB.get(j++));
            }
        }
        for (int k = a.size() - suffix; k < a.size(); k++) {
            ops.add(new char[] {' '});
            texts.add(a.get(k));
        }
        final StringBuilder out = new StringBuilder();
        out.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
        out.append("--- a/").append(path).append('\n');
        out.append("+++ b/").append(path).append('\n');
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k)[0] == ' ') {
                k++;
                continue;
            }
            final int start = Math.max(0, k - CONTEXT);
            int end = k;
            int lastChange = k;
            while (end < ops.size()) {
                if (ops.get(end)[0] != ' ') {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            appendHunk(out, ops, texts, start, end);
            k = end;
        }
        return out.toString();
    }

    private static void appendHunk(final StringBuilder out, final List<char[]> ops, final List<String> texts,
            final int start, final int end) {
        int oldLine = 1;
        int newLine = 1;
        for (int k = 0; k < start; k++) {
            if (ops.get(k)[0] != '+') {
                oldLine++;
            }
            if (ops.get(k)[0] != '-') {
                newLine++;
            }
        }
        int oldCount = 0;
        int newCount = 0;
        final StringBuilder body = new StringBuilder();
        for (int k = start; k < end; k++) {
            final char op = ops.get(k)[0];
            oldCount += op != '+' ? 1 : 0;
            newCount += op != '-' ? 1 : 0;
            final String text = texts.get(k);
            body.append(op).append(text.endsWith("\n") ? text : text + "\n\\ No newline at end of file\n");
        }
        out.append("@@ -").append(range(oldLine, oldCount)).append(" +").append(range(newLine, newCount))
                .append(" @@\n").append(body);
    }

    private static String range(final int line, final int count) {
        final int start = count == 0 ? line - 1 : line;
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }

    private static List<String> lines(final String text) {
        final List<String> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            final int nl = text.indexOf('\n', at);
            final int end = nl < 0 ? text.length() : nl + 1;
            out.add(text.substring(at, end));
            at = end;
        }
        return out;
    }
}
