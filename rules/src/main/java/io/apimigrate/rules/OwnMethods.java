package io.apimigrate.rules;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.CompiledRule;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.python.ImportTable;
import io.apimigrate.rules.python.TokenKind;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Methods the code defines itself. A learned rule on any receiver ({@code $X.sortlevel($A1)}) that
 * meets a receiver the snippet does not import, where the snippet or the code base around it defines
 * a function of the rule's method name, may be calling the code's own method: {@code mi.sortlevel(0)}
 * in the tests of the MultiIndex that defines it, {@code self.encoder.get_feature_names()} in a
 * library whose encoders define it. Renaming the call and not the definition breaks the code, so such
 * a match is no direct answer. A receiver the snippet imports is a module, whose function the rule
 * means ({@code tf.to_float} in a code base with a {@code to_float} helper of its own).
 */
final class OwnMethods {

    private OwnMethods() {
    }

    /** The method a learned rule calls on any receiver ({@code sortlevel} in {@code $X.sortlevel($A1)}), or null. */
    static String method(final CompiledRule rule) {
        final var pattern = rule.matcher().pattern();
        return rule.rule().origin() == RuleOrigin.LEARNED && pattern.size() >= 3
                && pattern.element(0) instanceof Element.Single
                && pattern.element(1) instanceof Element.Literal dot && ".".equals(dot.text())
                && pattern.element(2) instanceof Element.Literal name && name.name() ? name.text() : null;
    }

    /**
     * Whether the match calls a method the snippet defines ({@code snippet}, read on first use), or
     * one of {@code codeBase}, on a receiver whose first name the snippet does not import.
     */
    static boolean shadowed(final CompiledRule rule, final CodeView code, final Match match,
            final Supplier<ImportTable> imports, final Set<String> codeBase, final Supplier<Set<String>> snippet) {
        final String method = method(rule);
        if (method == null || !codeBase.contains(method) && !snippet.get().contains(method)) {
            return false;
        }
        final int first = match.elementStart()[0];
        return code.kind(first) != TokenKind.NAME || imports.get().resolve(code.text(first)).isEmpty();
    }

    /** The names an indented {@code def} in the snippet defines. */
    static Set<String> definedIn(final CodeView code) {
        Set<String> out = null;
        for (int c = 0; c + 1 < code.size(); c++) {
            if (code.textEquals(c, "def") && code.kind(c + 1) == TokenKind.NAME && indented(code.source(), code.start(c))) {
                if (out == null) {
                    out = new HashSet<>();
                }
                out.add(code.text(c + 1));
            }
        }
        return out == null ? Set.of() : out;
    }

    /**
     * Whether the {@code def} at {@code at} is indented, alone or after {@code async}: a method or
     * a nested function. A module-level function is called by its bare name, or on a module the
     * code imports, never on an object ({@code def hist(ax, lbp)} beside {@code ax.hist(...)}).
     */
    private static boolean indented(final CharSequence source, final int at) {
        int lineStart = at;
        while (lineStart > 0 && source.charAt(lineStart - 1) != '\n' && source.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        final String before = source.subSequence(lineStart, at).toString();
        return !before.isEmpty() && blank(before.charAt(0)) && (before.isBlank() || "async".equals(before.strip()));
    }

    /**
     * The names among {@code watched} that an indented {@code def} in the UTF-8 source defines (see
     * {@link #indented(CharSequence, int)}): a byte scan for {@code def} and a blank after the line's
     * indentation, then an ASCII name. A {@code def} inside a string counts too, which only makes
     * the guard stricter.
     */
    static Set<String> definedIn(final byte[] utf8, final int length, final Set<String> watched) {
        Set<String> out = null;
        for (int i = 0; i + 4 < length; i++) {
            if (utf8[i] != 'd' || utf8[i + 1] != 'e' || utf8[i + 2] != 'f' || !blank(utf8[i + 3])
                    || !indented(utf8, i)) {
                continue;
            }
            int start = i + 3;
            while (start < length && blank(utf8[start])) {
                start++;
            }
            int end = start;
            while (end < length && namePart(utf8[end])) {
                end++;
            }
            if (end > start) {
                final String name = new String(utf8, start, end - start, StandardCharsets.US_ASCII);
                if (watched.contains(name)) {
                    if (out == null) {
                        out = new HashSet<>();
                    }
                    out.add(name);
                }
            }
            i = end - 1;
        }
        return out == null ? Set.of() : out;
    }

    /**
     * {@link #indented(CharSequence, int)} on UTF-8 bytes, where Cython's {@code cpdef} counts as a
     * {@code def} too: a code base's {@code .pyx} files define methods its Python calls.
     */
    private static boolean indented(final byte[] utf8, final int at) {
        int lineStart = at;
        while (lineStart > 0 && utf8[lineStart - 1] != '\n' && utf8[lineStart - 1] != '\r') {
            lineStart--;
        }
        if (lineStart == at || !blank(utf8[lineStart])) {
            return false;
        }
        int k = lineStart;
        while (k < at && blank(utf8[k])) {
            k++;
        }
        if (k + 5 < at && utf8[k] == 'a' && utf8[k + 1] == 's' && utf8[k + 2] == 'y' && utf8[k + 3] == 'n'
                && utf8[k + 4] == 'c' && blank(utf8[k + 5])) {
            k += 5;
            while (k < at && blank(utf8[k])) {
                k++;
            }
        }
        return k == at || k + 2 == at && utf8[k] == 'c' && utf8[k + 1] == 'p';
    }

    private static boolean blank(final byte b) {
        return b == ' ' || b == '\t';
    }

    private static boolean blank(final char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean namePart(final byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_';
    }
}
