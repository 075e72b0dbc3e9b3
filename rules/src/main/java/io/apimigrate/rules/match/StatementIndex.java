package io.apimigrate.rules.match;

import io.apimigrate.rules.python.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements of a snippet, read once so that questions asked for every match (which
 * statement holds a token, which definition holds that statement, where a name is assigned) cost
 * a lookup, not a scan from the file's start: a generated file with thousands of matches in one
 * function would otherwise take quadratic time.
 */
public final class StatementIndex {

    private static final int[] NONE = new int[0];

    private final CodeView code;
    private final int[] starts;
    private final int[] enclosing;
    private Map<String, int[]> assigned;
    private Set<String> defined;

    StatementIndex(final CodeView code) {
        this.code = code;
        final int size = code.size();
        int count = size > 0 ? 1 : 0;
        for (int c = 1; c < size; c++) {
            count += code.isStatementEnd(c - 1) ? 1 : 0;
        }
        this.starts = new int[count];
        for (int c = 0, s = 0; c < size; c++) {
            if (c == 0 || code.isStatementEnd(c - 1)) {
                starts[s++] = c;
            }
        }
        this.enclosing = enclosingDefinitions(code, starts);
    }

    /**
     * Per statement, the last definition above it with a smaller column than its line's. A
     * definition hides every earlier one at its column or deeper, so a stack of definitions with
     * rising columns holds all the answers.
     */
    private static int[] enclosingDefinitions(final CodeView code, final int[] starts) {
        final int[] out = new int[starts.length];
        int[] columns = new int[8];
        int[] definitions = new int[8];
        int depth = 0;
        int lineColumn = 0;
        for (int s = 0; s < starts.length; s++) {
            final int start = starts[s];
            final int column = code.column(start);
            lineColumn = s > 0 && code.isOp(start - 1, ';') ? lineColumn : column;
            int top = depth - 1;
            while (top >= 0 && columns[top] >= lineColumn) {
                top--;
            }
            out[s] = top >= 0 ? definitions[top] : -1;
            if (isDefinition(code, start)) {
                while (depth > 0 && columns[depth - 1] >= column) {
                    depth--;
                }
                if (depth == columns.length) {
                    columns = Arrays.copyOf(columns, depth * 2);
                    definitions = Arrays.copyOf(definitions, depth * 2);
                }
                columns[depth] = column;
                definitions[depth++] = start;
            }
        }
        return out;
    }

    /** The first code token of the statement that holds code token {@code c}. */
    public int statementStart(final int c) {
        return starts.length == 0 ? -1 : starts[statementOf(c)];
    }

    /**
     * The first code token of the last {@code def}, {@code async def} or {@code class} statement
     * above the statement that starts at code token {@code statement} whose column is smaller than
     * that statement's (after a {@code ;}, that of the line's first statement), or -1 where none is.
     */
    public int enclosingDefinition(final int statement) {
        return starts.length == 0 ? -1 : enclosing[statementOf(statement)];
    }

    /** The index among the statements of the one that holds code token {@code c} (there is at least one). */
    private int statementOf(final int c) {
        final int found = Arrays.binarySearch(starts, c);
        return found >= 0 ? found : Math.max(0, -found - 2);
    }

    /**
     * The first code tokens of the statements that assign {@code name}, alone or among a tuple
     * of names ({@code name = ...}, {@code a, name = ...}), in order.
     */
    public int[] assignmentsOf(final String name) {
        if (assigned == null) {
            final Map<String, List<Integer>> targets = new HashMap<>();
            for (final int start : starts) {
                for (final String target : assignmentTargets(code, start)) {
                    targets.computeIfAbsent(target, k -> new ArrayList<>()).add(start);
                }
            }
            assigned = new HashMap<>();
            targets.forEach((target, at) -> assigned.put(target, at.stream().mapToInt(Integer::intValue).toArray()));
        }
        return assigned.getOrDefault(name, NONE);
    }

    /** Whether the snippet has a {@code class} or {@code def} of this name anywhere. */
    public boolean defines(final String name) {
        if (defined == null) {
            defined = new HashSet<>();
            for (int c = 0; c + 1 < code.size(); c++) {
                if (code.textEquals(c, "class") || code.textEquals(c, "def")) {
                    defined.add(code.text(c + 1));
                }
            }
        }
        return defined.contains(name);
    }

    private static boolean isDefinition(final CodeView code, final int start) {
        return code.textEquals(start, "def") || code.textEquals(start, "class")
                || code.textEquals(start, "async") && start + 1 < code.size() && code.textEquals(start + 1, "def");
    }

    /** The names a statement assigns when it starts with names separated by commas, then {@code =}. */
    private static List<String> assignmentTargets(final CodeView code, final int start) {
        final List<String> names = new ArrayList<>(1);
        int k = start;
        while (k < code.size() && code.kind(k) == TokenKind.NAME) {
            names.add(code.text(k));
            k++;
            if (k < code.size() && code.isOp(k, ',')) {
                k++;
            } else {
                break;
            }
        }
        return k < code.size() && code.textEquals(k, "=") ? names : List.of();
    }
}
