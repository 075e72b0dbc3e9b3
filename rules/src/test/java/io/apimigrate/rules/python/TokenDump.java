package io.apimigrate.rules.python;

import java.util.ArrayList;
import java.util.List;

/** Renders tokens as {@code KIND 'text'} lines (newlines escaped) for table-style assertions. */
final class TokenDump {

    private TokenDump() {
    }

    static List<String> lines(final String source) {
        final Tokens tokens = PythonLexer.lex(source);
        final List<String> lines = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            lines.add(tokens.kind(i) + " " + quote(tokens.text(i)));
        }
        return lines;
    }

    /** Expected lines from a text block, ignoring blank lines and surrounding spaces. */
    static List<String> expected(final String block) {
        return block.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static String quote(final String text) {
        return "'" + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("'", "\\'") + "'";
    }
}
