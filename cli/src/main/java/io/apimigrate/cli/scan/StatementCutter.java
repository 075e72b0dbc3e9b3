package io.apimigrate.cli.scan;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
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
 * anchored on (the same anchor lookup the engine does), so that code no rule can touch is not sent. Each
 * statement goes with its file's top-level imports that no rule matches, up to {@link #MAX_CONTEXT} characters:
 * what the engine needs to tell, say, {@code tf} under {@code import tensorflow.compat.v1 as tf} from TensorFlow's
 * top-level package, and nothing it could rewrite.
 */
public final class StatementCutter {

    /** The most characters of import lines sent with a statement. */
    static final int MAX_CONTEXT = 4_000;

    private final MigrationEngine engine;

    public StatementCutter(final RuleSet rules) {
        this.engine = MigrationEngine.of(rules, RoutingThresholds.DEFAULT);
    }

    /** The statements of the file that hold an anchor, in source order. */
    public List<Cut> cut(final String path, final String text) {
        final Tokens tokens = PythonLexer.lex(text);
        final List<Statement> statements = Statements.split(tokens);
        final String context = context(tokens, statements, text);
        final List<Cut> out = new ArrayList<>();
        for (final Statement s : statements) {
            if (anchored(tokens, s)) {
                final int column = s.startOffset() - tokens.lineStart(s.firstLine()) + 1;
                final int line = s.firstLine() + 1;
                out.add(new Cut(path + ":" + line + ":" + column, path, line, s.startOffset(),
                        s.endOffset(), text.substring(s.startOffset(), s.endOffset()), context));
            }
        }
        return out;
    }

    /** The file's unindented import statements that no rule matches, one per line, while they fit. */
    private String context(final Tokens tokens, final List<Statement> statements, final String text) {
        final StringBuilder context = new StringBuilder();
        for (final Statement s : statements) {
            final boolean unindented = s.startOffset() == tokens.lineStart(s.firstLine());
            final boolean importing = tokens.textEquals(s.firstToken(), "import")
                    || tokens.textEquals(s.firstToken(), "from");
            if (!unindented || !importing) {
                continue;
            }
            final String statement = text.substring(s.startOffset(), s.endOffset());
            if (context.length() + statement.length() + 1 > MAX_CONTEXT) {
                break;
            }
            if (engine.matches(statement).isEmpty()) {
                context.append(statement).append('\n');
            }
        }
        return context.toString();
    }

    private boolean anchored(final Tokens tokens, final Statement s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            final TokenKind kind = tokens.kind(i);
            if ((kind == TokenKind.NAME || kind == TokenKind.OP || kind == TokenKind.STRING)
                    && engine.anchors(tokens.source(), tokens.start(i), tokens.end(i))) {
                return true;
            }
        }
        return false;
    }
}
