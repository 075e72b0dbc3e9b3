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
        final String ops = LineDiff.of(a, b);
        final StringBuilder out = new StringBuilder();
        out.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
        out.append("--- a/").append(path).append('\n');
        out.append("+++ b/").append(path).append('\n');
        int oldLine = 1;
        int newLine = 1;
        int k = 0;
        while (k < ops.length()) {
            if (ops.charAt(k) == ' ') {
                oldLine++;
                newLine++;
                k++;
                continue;
            }
            final int start = Math.max(0, k - CONTEXT);
            oldLine -= k - start;
            newLine -= k - start;
            int end = k;
            int lastChange = k;
            while (end < ops.length()) {
                if (ops.charAt(end) != ' ') {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            end = Math.min(ops.length(), lastChange + CONTEXT + 1);
            final int[] counts = appendHunk(out, ops, a, b, start, end, oldLine, newLine);
            oldLine += counts[0];
            newLine += counts[1];
            k = end;
        }
        return out.toString();
    }

    /** Appends the hunk of ops {@code [start, end)}, whose first lines are these; returns its old and new line counts. */
    private static int[] appendHunk(final StringBuilder out, final String ops, final List<String> a, final List<String> b,
            final int start, final int end, final int oldLine, final int newLine) {
        int oldCount = 0;
        int newCount = 0;
        final StringBuilder body = new StringBuilder();
        for (int k = start; k < end; k++) {
            final char op = ops.charAt(k);
            final String text = op == '+' ? b.get(newLine - 1 + newCount) : a.get(oldLine - 1 + oldCount);
            oldCount += op != '+' ? 1 : 0;
            newCount += op != '-' ? 1 : 0;
            body.append(op).append(text.endsWith("\n") ? text : text + "\n\\ No newline at end of file\n");
        }
        out.append("@@ -").append(range(oldLine, oldCount)).append(" +").append(range(newLine, newCount))
                .append(" @@\n").append(body);
        return new int[] {oldCount, newCount};
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
