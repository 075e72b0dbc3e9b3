package io.apimigrate.rules.rewrite;

import io.apimigrate.rules.python.ImportStatement;
import io.apimigrate.rules.python.Imports;
import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.TokenKind;
import io.apimigrate.rules.python.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops a name that a rewrite wrote into a {@code from} import where the code already imports it
 * the same way: renaming {@code product} to {@code prod} in {@code from numpy import product, prod}
 * gives {@code from numpy import prod}, not {@code prod, prod}, and a {@code from numpy import prod}
 * line below an identical one goes. Python accepts the repeat; linters flag it (pyflakes' redefined
 * name). Only written names go, with the comma that joined them; a repeat with a comment next to it
 * stays, and so does anything the rewrite did not write.
 */
public final class RepeatedImports {

    private RepeatedImports() {
    }

    /**
     * {@code code} without the written names that repeat an import; {@code from[i]} to {@code to[i]}
     * are the char ranges the rewrite wrote, in order.
     */
    public static String drop(final String code, final int[] from, final int[] to) {
        if (!mayWriteImport(code, from, to)) {
            return code;
        }
        final Tokens tokens = PythonLexer.lex(code);
        final List<Entry> entries = entries(tokens, code);
        final List<TextEdit> deletions = deletions(code, tokens, entries, from, to);
        if (deletions.isEmpty()) {
            return code;
        }
        final StringBuilder out = new StringBuilder(code);
        for (int i = deletions.size() - 1; i >= 0; i--) {
            final TextEdit d = deletions.get(i);
            out.replace(d.start(), d.end(), d.replacement());
        }
        return out.toString();
    }

    /**
     * Whether some written range may lie in an import: it holds the word {@code import}, or going back
     * from its start over names, dots, commas, brackets, blanks and line breaks reaches it. Most rewrites
     * write into calls and assignments, and this spares them the lexing.
     */
    private static boolean mayWriteImport(final String code, final int[] from, final int[] to) {
        for (int i = 0; i < from.length; i++) {
            if (mayWriteImport(code, from[i], to[i])) {
                return true;
            }
        }
        return false;
    }

    /** {@link #mayWriteImport(String, int[], int[])} for one written range [from, to): a cheap test before any work. */
    public static boolean mayWriteImport(final String code, final int from, final int to) {
        int p = from;
        while (p > 0) {
            final char c = code.charAt(p - 1);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ',' || c == '(' || c == ' '
                    || c == '\t' || c == '\n' || c == '\r' || c == '\\')) {
                break;
            }
            p--;
        }
        for (int at = p; at + "import".length() <= to; at++) {
            if (code.startsWith("import", at)) {
                return true;
            }
        }
        return false;
    }

    /** One name of a {@code from} import's list and where it stands. */
    private record Entry(ImportStatement statement, int index, String module, String name, String asName,
            int start, int end, boolean topLevel) {

        boolean sameBinding(final Entry other) {
            return module.equals(other.module) && name.equals(other.name)
                    && (asName == null ? other.asName == null : asName.equals(other.asName));
        }

        boolean overlaps(final int from, final int to) {
            return from < end && to > start;
        }
    }

    /** Every name of every {@code from} import (star imports aside), in source order. */
    private static List<Entry> entries(final Tokens tokens, final String code) {
        final List<Entry> out = new ArrayList<>();
        for (final ImportStatement statement : Imports.scan(tokens).statements()) {
            if (!statement.from()) {
                continue;
            }
            final boolean topLevel = statement.startOffset() == 0 || code.charAt(statement.startOffset() - 1) == '\n';
            int k = statement.firstToken();
            while (k < statement.endToken() && !tokens.isName(k, "import")) {
                k++;
            }
            int index = 0;
            for (k = tokens.nextCode(k); k < statement.endToken() && index < statement.names().size(); ) {
                if (tokens.kind(k) != TokenKind.NAME) {
                    k = tokens.nextCode(k);
                    continue;
                }
                final int first = k;
                int last = k;
                while (last + 1 < statement.endToken()) {
                    final int next = tokens.nextCode(last);
                    if (next < statement.endToken() && (tokens.isOp(next, '.') || tokens.isName(next, "as")
                            || tokens.kind(next) == TokenKind.NAME && (tokens.isOp(last, '.')
                            || tokens.isName(last, "as")))) {
                        last = next;
                    } else {
                        break;
                    }
                }
                final var alias = statement.names().get(index);
                out.add(new Entry(statement, index, statement.module(), alias.name(), alias.asName(),
                        tokens.start(first), tokens.end(last), topLevel));
                index++;
                k = tokens.nextCode(last);
            }
        }
        return out;
    }

    /**
     * The deletions: each written entry that an unwritten entry, or an earlier kept one, already
     * binds in the same statement or, for two top-level imports, in another; a statement left
     * without names goes whole.
     */
    private static List<TextEdit> deletions(final String code, final Tokens tokens, final List<Entry> entries,
            final int[] from, final int[] to) {
        final Set<Entry> dropped = new HashSet<>();
        final List<Entry> kept = new ArrayList<>();
        for (final Entry entry : entries) {
            if (!written(entry, from, to)) {
                kept.add(entry);
            }
        }
        for (final Entry entry : entries) {
            if (!written(entry, from, to)) {
                continue;
            }
            if (kept.stream().anyMatch(k -> k.sameBinding(entry) && inScope(k, entry))) {
                dropped.add(entry);
            } else {
                kept.add(entry);
            }
        }
        final List<TextEdit> out = new ArrayList<>();
        for (final ImportStatement statement : statementsOf(entries)) {
            final List<Entry> names = entries.stream().filter(e -> e.statement() == statement).toList();
            if (names.stream().noneMatch(dropped::contains)) {
                continue;
            }
            if (names.stream().allMatch(dropped::contains)) {
                out.add(LineDeletion.of(code, statement.startOffset(), statement.endOffset()));
                continue;
            }
            out.addAll(entryDeletions(tokens, names, dropped));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean written(final Entry entry, final int[] from, final int[] to) {
        for (int i = 0; i < from.length; i++) {
            if (entry.overlaps(from[i], to[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean inScope(final Entry binder, final Entry entry) {
        return binder.statement() == entry.statement() || binder.topLevel() && entry.topLevel();
    }

    private static List<ImportStatement> statementsOf(final List<Entry> entries) {
        final List<ImportStatement> out = new ArrayList<>();
        for (final Entry entry : entries) {
            if (out.isEmpty() || out.get(out.size() - 1) != entry.statement()) {
                out.add(entry.statement());
            }
        }
        return out;
    }

    /**
     * Each dropped name with the comma before it ({@code , prod}); a dropped first name with the
     * comma after it, up to the first kept name. None where a comment lies in between.
     */
    private static List<TextEdit> entryDeletions(final Tokens tokens, final List<Entry> names, final Set<Entry> dropped) {
        final List<TextEdit> out = new ArrayList<>();
        int firstKept = 0;
        while (dropped.contains(names.get(firstKept))) {
            firstKept++;
        }
        if (firstKept > 0) {
            addUnlessCommented(tokens, names.get(0).start(), names.get(firstKept).start(), out);
        }
        for (int i = firstKept + 1; i < names.size(); i++) {
            if (dropped.contains(names.get(i))) {
                addUnlessCommented(tokens, names.get(i - 1).end(), names.get(i).end(), out);
            }
        }
        return out;
    }

    private static void addUnlessCommented(final Tokens tokens, final int start, final int end, final List<TextEdit> out) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.kind(k) == TokenKind.COMMENT && tokens.start(k) >= start && tokens.start(k) < end) {
                return;
            }
        }
        out.add(new TextEdit(start, end, ""));
    }
}
