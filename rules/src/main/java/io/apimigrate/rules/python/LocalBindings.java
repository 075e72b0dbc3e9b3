package io.apimigrate.rules.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names a piece of code binds itself, wherever it binds them: the plain names an assignment
 * targets ({@code x = ...}, {@code a, *b = ...}, {@code x: int = ...}, {@code x += 1}, {@code (y := ...)}),
 * {@code def} and {@code class} names, function and lambda parameters, {@code for} targets and
 * {@code as} targets of {@code with} and {@code except}, read one statement at a time; where each
 * holds is {@link NameScopes}' to say. Names bound by imports are left to {@link Imports}.
 * Tolerates broken code: what does not read as one of these forms binds nothing.
 */
public final class LocalBindings {

    private LocalBindings() {
    }

    /**
     * The names one statement binds: into {@code around} those bound where the statement stands
     * (assignment, {@code for} and {@code as} targets, the name a {@code def} or {@code class}
     * defines), into {@code own} those bound only inside it (the parameters of the function it
     * defines or of its lambdas). An import statement binds none here.
     */
    public static void inStatement(final Tokens tokens, final Statement statement, final Set<String> around,
            final Set<String> own) {
        final List<Integer> code = codeTokens(tokens, statement);
        if (code.isEmpty() || tokens.isName(code.get(0), "import") || tokens.isName(code.get(0), "from")) {
            return;
        }
        assignmentTargets(tokens, code, around);
        for (int k = 0; k < code.size(); k++) {
            final int i = code.get(k);
            final int next = k + 1 < code.size() ? code.get(k + 1) : -1;
            if ((tokens.isName(i, "def") || tokens.isName(i, "class") || tokens.isName(i, "as")) && isName(tokens, next)) {
                around.add(tokens.text(next));
            }
            if (tokens.isName(i, "def") && k + 2 < code.size() && tokens.isOp(code.get(k + 2), '(')) {
                parameters(tokens, code, k + 2, false, own);
            } else if (tokens.isName(i, "lambda")) {
                parameters(tokens, code, k, true, own);
            } else if (tokens.isName(i, "for")) {
                forTargets(tokens, code, k + 1, around);
            } else if (tokens.textEquals(i, ":=") && k > 0 && isName(tokens, code.get(k - 1))) {
                around.add(tokens.text(code.get(k - 1)));
            }
        }
    }

    private static List<Integer> codeTokens(final Tokens tokens, final Statement statement) {
        final List<Integer> code = new ArrayList<>();
        for (int i = statement.firstToken(); i < statement.endToken(); i++) {
            if (!tokens.kind(i).isTrivia()) {
                code.add(i);
            }
        }
        return code;
    }

    /**
     * The plain names before the statement's last {@code =} or augmented assignment at bracket
     * depth 0, or before the {@code :} of an annotation that starts it; in a one-line compound
     * statement ({@code if c: x = 1}), only after its header's {@code :}. A name in brackets, or
     * followed by {@code .}, {@code (} or {@code [}, is read or mutated there, not bound.
     */
    private static void assignmentTargets(final Tokens tokens, final List<Integer> code, final Set<String> out) {
        final int base = tokens.depth(code.get(0));
        final boolean compound = tokens.isKeyword(code.get(0));
        int start = compound ? -1 : 0;
        int end = -1;
        int colon = -1;
        for (int k = 0; k < code.size(); k++) {
            final int i = code.get(k);
            if (tokens.depth(i) != base) {
                continue;
            }
            if (tokens.isOp(i, ':') && colon < 0) {
                colon = k;
                if (compound) {
                    start = k + 1;
                }
            } else if (start >= 0 && (tokens.textEquals(i, "=") || tokens.kind(i) == TokenKind.OP
                    && PythonSyntax.isAugmentedAssignment(tokens.source(), tokens.start(i), tokens.end(i)))) {
                end = k;
            }
        }
        if (!compound && colon > 0 && (end < 0 || colon < end)) {
            end = colon;
        }
        for (int k = Math.max(start, 0); k < end; k++) {
            final int i = code.get(k);
            final int next = code.get(k + 1);
            final boolean attribute = k > 0 && tokens.isOp(code.get(k - 1), '.');
            if (isName(tokens, i) && tokens.depth(i) == base && !attribute && !tokens.isOp(next, '.')
                    && !tokens.isOp(next, '(') && !tokens.isOp(next, '[')) {
                out.add(tokens.text(i));
            }
        }
    }

    /**
     * The parameter names after {@code code[from]}: inside the parentheses of a def when
     * {@code lambda} is false, else up to the lambda's {@code :}; names at the parameters' own depth
     * that start a parameter (after '(' or ','), or follow a '*' or '**' that starts one: in a
     * default value ({@code scale=2 * np.pi}) those are operators and the name is read.
     */
    private static void parameters(final Tokens tokens, final List<Integer> code, final int from, final boolean lambda,
            final Set<String> out) {
        final int open = code.get(from);
        final int depth = tokens.depth(open) + (lambda ? 0 : 1);
        for (int k = from + 1; k < code.size(); k++) {
            final int i = code.get(k);
            if (tokens.depth(i) < depth || lambda && tokens.depth(i) == depth && tokens.isOp(i, ':')) {
                return;
            }
            if (tokens.depth(i) != depth || !isName(tokens, i)) {
                continue;
            }
            final int previous = code.get(k - 1);
            final boolean starred = tokens.isOp(previous, '*') || tokens.textEquals(previous, "**");
            if (startsParameter(tokens, code, from, starred ? k - 1 : k)) {
                out.add(tokens.text(i));
            }
        }
    }

    /** Whether {@code code[k]} starts a parameter: first after {@code code[from]}, or after a ','. */
    private static boolean startsParameter(final Tokens tokens, final List<Integer> code, final int from, final int k) {
        return k - 1 == from || tokens.isOp(code.get(k - 1), ',');
    }

    /** The plain names between {@code for} and its {@code in}. */
    private static void forTargets(final Tokens tokens, final List<Integer> code, final int from, final Set<String> out) {
        for (int k = from; k < code.size() && !tokens.isName(code.get(k), "in"); k++) {
            final int i = code.get(k);
            final int next = k + 1 < code.size() ? code.get(k + 1) : -1;
            if (isName(tokens, i) && (next < 0 || !tokens.isOp(next, '.') && !tokens.isOp(next, '[')
                    && !tokens.isOp(next, '('))) {
                out.add(tokens.text(i));
            }
        }
    }

    private static boolean isName(final Tokens tokens, final int i) {
        return i >= 0 && tokens.kind(i) == TokenKind.NAME && !tokens.isKeyword(i);
    }
}
