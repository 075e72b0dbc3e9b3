package io.apimigrate.cli.scan;

import io.apimigrate.rules.match.AnchorIndex;
import io.apimigrate.rules.match.CompiledRule;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.Statement;
import io.apimigrate.rules.python.Statements;
import io.apimigrate.rules.python.TokenKind;
import io.apimigrate.rules.python.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts Python files into statement-level snippets, keeping only the statements holding a token some rule is
 * anchored on (the same anchor lookup the engine does), so that code no rule can touch is not sent.
 */
public final class StatementCutter {

    private final AnchorIndex anchors;

    public StatementCutter(final RuleSet rules) {
        final List<CompiledRule> compiled = new ArrayList<>(rules.size());
        rules.rules().forEach(r -> compiled.add(CompiledRule.of(r)));
        this.anchors = AnchorIndex.of(compiled);
    }

    /** The statements of the file that hold an anchor, in source order. */
    public List<Cut> cut(final String path, final String text) {
        final Tokens tokens = PythonLexer.lex(text);
        final List<Cut> out = new ArrayList<>();
        for (final Statement s : Statements.split(tokens)) {
            if (anchored(tokens, s)) {
                final int column = s.startOffset() - tokens.lineStart(s.firstLine()) + 1;
                final int line = s.firstLine() + 1;
                out.add(new Cut(path + ":" + line + ":" + column, path, line, s.startOffset(),
                        s.endOffset(), text.substring(s.startOffset(), s.endOffset())));
            }
        }
        return out;
    }

    private boolean anchored(final Tokens tokens, final Statement s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            final TokenKind kind = tokens.kind(i);
            if ((kind == TokenKind.NAME || kind == TokenKind.OP || kind == TokenKind.STRING)
                    && anchors.lookup(tokens.source(), tokens.start(i), tokens.end(i)).length > 0) {
                return true;
            }
        }
        return false;
    }
}
