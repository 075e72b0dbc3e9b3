package io.apimigrate.rules.python;

import java.util.ArrayList;
import java.util.List;

/** Finds the {@code import} and {@code from ... import} statements of a token stream, tolerating broken ones. */
public final class Imports {

    private Imports() {
    }

    /** Scans every statement that starts with {@code import} or {@code from}; malformed parts are skipped. */
    public static ImportTable scan(final Tokens tokens) {
        final List<ImportStatement> found = new ArrayList<>();
        for (final Statement statement : Statements.split(tokens,
                first -> tokens.isName(first, "import") || tokens.isName(first, "from"))) {
            final int first = statement.firstToken();
            if (tokens.isName(first, "import")) {
                found.add(plainImport(tokens, statement));
            } else if (tokens.isName(first, "from")) {
                found.add(fromImport(tokens, statement));
            }
        }
        return new ImportTable(found);
    }

    private static ImportStatement plainImport(final Tokens tokens, final Statement statement) {
        final List<ImportAlias> names = new ArrayList<>();
        aliases(tokens, tokens.nextCode(statement.firstToken()), statement.endToken(), names);
        return new ImportStatement(statement.firstToken(), statement.endToken(), statement.startOffset(),
                statement.endOffset(), false, "", names);
    }

    private static ImportStatement fromImport(final Tokens tokens, final Statement statement) {
        final int end = statement.endToken();
        final StringBuilder module = new StringBuilder();
        int k = tokens.nextCode(statement.firstToken());
        while (k < end && tokens.kind(k) == TokenKind.OP && (tokens.isOp(k, '.') || tokens.textEquals(k, "..."))) {
            module.append(tokens.source(), tokens.start(k), tokens.end(k));
            k = tokens.nextCode(k);
        }
        final int moduleEnd = Math.min(DottedNames.end(tokens, k), end);
        module.append(DottedNames.text(tokens, k, moduleEnd));
        k = moduleEnd > k ? tokens.nextCode(moduleEnd - 1) : k;
        final List<ImportAlias> names = new ArrayList<>();
        if (k < end && tokens.isName(k, "import")) {
            k = tokens.nextCode(k);
            if (k < end && tokens.isOp(k, '(')) {
                final int close = tokens.partner(k) >= 0 ? tokens.partner(k) : end;
                aliases(tokens, tokens.nextCode(k), Math.min(close, end), names);
            } else {
                aliases(tokens, k, end, names);
            }
        }
        return new ImportStatement(statement.firstToken(), end, statement.startOffset(), statement.endOffset(),
                true, module.toString(), names);
    }

    /** Reads {@code name [as alias]} items separated by commas in {@code [k, end)}. */
    private static void aliases(final Tokens tokens, final int from, final int end, final List<ImportAlias> out) {
        int k = from;
        while (k < end) {
            if (tokens.isOp(k, '*')) {
                out.add(new ImportAlias("*", null));
                k = tokens.nextCode(k);
            } else if (DottedNames.end(tokens, k) > k) {
                final int nameEnd = Math.min(DottedNames.end(tokens, k), end);
                final String name = DottedNames.text(tokens, k, nameEnd);
                k = tokens.nextCode(nameEnd - 1);
                String asName = null;
                if (k < end && tokens.isName(k, "as")) {
                    final int alias = tokens.nextCode(k);
                    if (alias < end && tokens.kind(alias) == TokenKind.NAME && !tokens.isKeyword(alias)) {
                        asName = tokens.text(alias);
                        k = tokens.nextCode(alias);
                    } else {
                        k = alias;
                    }
                }
                out.add(new ImportAlias(name, asName));
            }
            while (k < end && !tokens.isOp(k, ',')) {
                k = tokens.nextCode(k);
            }
            k = tokens.nextCode(k);
        }
    }
}
