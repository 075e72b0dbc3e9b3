package io.apimigrate.rules.rewrite;

import io.apimigrate.rules.python.ImportAlias;
import io.apimigrate.rules.python.ImportStatement;
import io.apimigrate.rules.python.ImportTable;
import io.apimigrate.rules.python.Imports;
import io.apimigrate.rules.python.PythonLexer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Adds the import statements a rewrite needs, unless already there: among the module's imports of
 * the same form in module order, as isort would ({@code import inspect} before {@code import numpy}),
 * else after the last import.
 */
public final class ImportEditor {

    private ImportEditor() {
    }

    /** {@code code} with each of {@code imports} added where no equivalent import exists yet. */
    public static String ensure(final String code, final List<String> imports) {
        String out = code;
        for (final String line : new LinkedHashSet<>(imports)) {
            out = ensureOne(out, line.strip());
        }
        return out;
    }

    /**
     * Whether the import {@code line} would bind a name that {@code table} binds to something else
     * ({@code import datetime} where the code has {@code from datetime import datetime}): adding it
     * would change what the code's own uses of that name mean.
     */
    public static boolean rebinds(final ImportTable table, final String line) {
        for (final ImportStatement wanted : Imports.scan(PythonLexer.lex(line.strip())).statements()) {
            for (final ImportAlias alias : wanted.names()) {
                final Optional<String> resolved = table.resolve(localName(wanted, alias));
                if (resolved.isPresent() && !resolved.get().equals(qualifiedName(wanted, alias))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String ensureOne(final String code, final String line) {
        final ImportTable table = Imports.scan(PythonLexer.lex(code));
        final List<ImportStatement> wanted = Imports.scan(PythonLexer.lex(line)).statements();
        if (wanted.isEmpty() || present(table, wanted.get(0))) {
            return code;
        }
        final List<ImportStatement> existing = topLevel(code, table.statements());
        final String newline = lineEnding(code);
        if (existing.isEmpty()) {
            return line + newline + code;
        }
        final ImportStatement added = wanted.get(0);
        for (final ImportStatement statement : existing) {
            if (statement.from() == added.from() && !isFuture(statement)
                    && sortKey(statement).compareTo(sortKey(added)) > 0) {
                final int at = statement.startOffset();
                return code.substring(0, at) + line + newline + code.substring(at);
            }
        }
        ImportStatement after = existing.get(existing.size() - 1);
        for (final ImportStatement statement : existing) {
            if (statement.from() == added.from()) {
                after = statement;
            }
        }
        final int at = after.endOffset();
        return code.substring(0, at) + newline + line + code.substring(at);
    }

    /** The code's line ending, as its first line break writes it: an added import line ends the same way. */
    private static String lineEnding(final String code) {
        final int first = code.indexOf('\n');
        return first > 0 && code.charAt(first - 1) == '\r' ? "\r\n" : "\n";
    }

    /** Import statements at column 0: the module's own imports, where a new one belongs. */
    private static List<ImportStatement> topLevel(final String code, final List<ImportStatement> statements) {
        return statements.stream()
                .filter(s -> s.startOffset() == 0 || code.charAt(s.startOffset() - 1) == '\n'
                        || code.charAt(s.startOffset() - 1) == '\r')
                .toList();
    }

    private static boolean isFuture(final ImportStatement statement) {
        return statement.from() && "__future__".equals(statement.module());
    }

    /** What isort orders by within a block: the module, case aside. */
    private static String sortKey(final ImportStatement statement) {
        final String module = statement.from() ? statement.module()
                : statement.names().isEmpty() ? "" : statement.names().get(0).name();
        return module.toLowerCase(Locale.ROOT);
    }

    private static boolean present(final ImportTable table, final ImportStatement wanted) {
        for (final ImportAlias alias : wanted.names()) {
            final Optional<String> resolved = table.resolve(localName(wanted, alias));
            if (resolved.isEmpty() || !resolved.get().equals(qualifiedName(wanted, alias))) {
                return false;
            }
        }
        return true;
    }

    private static String localName(final ImportStatement statement, final ImportAlias alias) {
        return aliased(alias) ? alias.asName() : statement.from() ? alias.name() : alias.name().split("\\.")[0];
    }

    private static String qualifiedName(final ImportStatement statement, final ImportAlias alias) {
        return statement.from() ? statement.module() + "." + alias.name()
                : aliased(alias) ? alias.name() : localName(statement, alias);
    }

    private static boolean aliased(final ImportAlias alias) {
        return alias.asName() != null && !alias.asName().isEmpty();
    }
}
