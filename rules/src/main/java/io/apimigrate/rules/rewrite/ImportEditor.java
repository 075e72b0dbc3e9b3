package io.apimigrate.rules.rewrite;

import io.apimigrate.rules.python.ImportAlias;
import io.apimigrate.rules.python.ImportStatement;
import io.apimigrate.rules.python.ImportTable;
import io.apimigrate.rules.python.Imports;
import io.apimigrate.rules.python.PythonLexer;
import java.util.List;
import java.util.Optional;

/** Adds the import statements a rewrite needs, after the snippet's last import, unless already there. */
public final class ImportEditor {

    private ImportEditor() {
    }

    /** {@code code} with each of {@code imports} added where no equivalent import exists yet. */
    public static String ensure(final String code, final List<String> imports) {
        String out = code;
        for (final String line : imports) {
            out = ensureOne(out, line.strip());
        }
        return out;
    }

    private static String ensureOne(final String code, final String line) {
        final ImportTable table = Imports.scan(PythonLexer.lex(code));
        final List<ImportStatement> wanted = Imports.scan(PythonLexer.lex(line)).statements();
        if (wanted.isEmpty() || present(table, wanted.get(0))) {
            return code;
        }
        final List<ImportStatement> existing = table.statements();
        if (existing.isEmpty()) {
            return line + "\n" + code;
        }
        final int at = existing.get(existing.size() - 1).endOffset();
        return code.substring(0, at) + "\n" + line + code.substring(at);
    }

    private static boolean present(final ImportTable table, final ImportStatement wanted) {
        for (final ImportAlias alias : wanted.names()) {
            final String local = alias.asName() != null && !alias.asName().isEmpty() ? alias.asName()
                    : wanted.from() ? alias.name() : alias.name().split("\\.")[0];
            final String qualified = wanted.from() ? wanted.module() + "." + alias.name()
                    : alias.asName() != null && !alias.asName().isEmpty() ? alias.name() : local;
            final Optional<String> resolved = table.resolve(local);
            if (resolved.isEmpty() || !resolved.get().equals(qualified)) {
                return false;
            }
        }
        return true;
    }
}
