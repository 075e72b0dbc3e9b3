package io.apimigrate.rules.learn;

import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.TokenKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keywords the examples' new code passes to each dotted callee ({@code tf.random.normal}:
 * {@code mean}, {@code stddev}): what the examples show a new API to take, whichever rule's
 * example shows it.
 */
final class CallKeywords {

    /** No calls known. */
    static final CallKeywords NONE = new CallKeywords(Map.of());

    private final Map<String, Set<String>> byCallee;

    private CallKeywords(final Map<String, Set<String>> byCallee) {
        this.byCallee = byCallee;
    }

    static CallKeywords of(final List<Example> examples) {
        final Map<String, Set<String>> byCallee = new HashMap<>();
        for (final Example example : examples) {
            final CodeView code = new CodeView(PythonLexer.lex(example.newCode()));
            for (int c = 0; c < code.size(); c++) {
                if (code.kind(c) != TokenKind.NAME || c > 0 && code.isOp(c - 1, '.')) {
                    continue;
                }
                final StringBuilder path = new StringBuilder(code.text(c));
                int k = c + 1;
                while (k + 1 < code.size() && code.isOp(k, '.') && code.kind(k + 1) == TokenKind.NAME) {
                    path.append('.').append(code.text(k + 1));
                    k += 2;
                }
                if (k < code.size() && code.isOp(k, '(')) {
                    byCallee.computeIfAbsent(path.toString(), p -> new TreeSet<>())
                            .addAll(code.callKeywords(k));
                }
            }
        }
        return new CallKeywords(byCallee);
    }

    /**
     * The keywords passed to the callee spelled {@code path}, or to any callee ending in
     * {@code .path} where the spelling follows a metavariable ({@code random.uniform} for
     * {@code tf.random.uniform}).
     */
    Set<String> of(final String path, final boolean qualified) {
        final Set<String> out = new TreeSet<>();
        if (path.isEmpty()) {
            return out;
        }
        byCallee.forEach((callee, keywords) -> {
            if (callee.equals(path) || qualified && callee.endsWith("." + path)) {
                out.addAll(keywords);
            }
        });
        return out;
    }
}
