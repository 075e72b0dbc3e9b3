package io.apimigrate.rules;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.CompiledRule;
import io.apimigrate.rules.python.ImportAlias;
import io.apimigrate.rules.python.ImportStatement;
import io.apimigrate.rules.python.ImportTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The handlers of {@code except ImportError} (or {@code ModuleNotFoundError}) in a snippet, each with
 * the top-level packages its {@code try} imports. Such a handler is the code for the versions of those
 * packages that lack what the {@code try} imports: lightgbm re-implements scikit-learn's
 * {@code validate_data} there for scikit-learn before 1.6, calling {@code check_array(X,
 * force_all_finite=...)}, which those versions need; xarray's fallback {@code isin} for NumPy without
 * {@code np.isin} calls {@code np.in1d}. A rule of the same package rewrites such code for the versions
 * it was written not to run on. A handler whose {@code try} imports another package (matplotlib, to
 * draw) says nothing about the rule's.
 */
final class ImportFallbacks {

    private static final Set<String> IMPORT_ERRORS = Set.of("ImportError", "ModuleNotFoundError");

    private final List<Handler> handlers;

    private ImportFallbacks(final List<Handler> handlers) {
        this.handlers = handlers;
    }

    /** The import-error handlers of the lexed snippet, its imports read from {@code imports}. */
    static ImportFallbacks scan(final CodeView view, final ImportTable imports) {
        List<Handler> handlers = null;
        for (int t = 0; t < view.size(); t++) {
            if (!view.textEquals(t, "try") || t > 0 && !view.isStatementEnd(t - 1)
                    || t + 1 >= view.size() || !view.isOp(t + 1, ':')) {
                continue;
            }
            final int column = EvidenceCheck.column(view, t);
            int clause = nextAtOrLeft(view, t, column);
            final Set<String> packages = packagesImported(imports, view.start(t), offset(view, clause));
            while (clause < view.size() && EvidenceCheck.column(view, clause) == column
                    && (view.textEquals(clause, "except") || view.textEquals(clause, "else")
                            || view.textEquals(clause, "finally"))) {
                final int next = nextAtOrLeft(view, clause, column);
                if (!packages.isEmpty() && catchesImportError(view, clause)) {
                    if (handlers == null) {
                        handlers = new ArrayList<>(2);
                    }
                    handlers.add(new Handler(view.start(clause), offset(view, next), packages));
                }
                clause = next;
            }
        }
        return new ImportFallbacks(handlers == null ? List.of() : handlers);
    }

    /** Whether the match at char {@code offset} stands in a handler whose {@code try} imports the rule's package. */
    boolean guards(final CompiledRule rule, final int offset) {
        if (handlers.isEmpty()) {
            return false;
        }
        for (final Handler handler : handlers) {
            if (handler.start() <= offset && offset < handler.end()
                    && handler.packages().stream().anyMatch(name -> OwnLibrary.is(rule, name))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> packagesImported(final ImportTable imports, final int from, final int to) {
        final Set<String> packages = new HashSet<>(2);
        for (final ImportStatement statement : imports.statements()) {
            if (statement.startOffset() < from || statement.startOffset() >= to) {
                continue;
            }
            if (statement.from()) {
                if (!statement.module().startsWith(".")) {
                    packages.add(OwnLibrary.root(statement.module()));
                }
            } else {
                for (final ImportAlias alias : statement.names()) {
                    packages.add(OwnLibrary.root(alias.name()));
                }
            }
        }
        return packages;
    }

    private static boolean catchesImportError(final CodeView view, final int clause) {
        for (int t = clause + 1; t < view.size() && !view.isStatementEnd(t) && !view.isOp(t, ':'); t++) {
            if (IMPORT_ERRORS.contains(view.text(t))) {
                return true;
            }
        }
        return false;
    }

    /** The first statement after the one at {@code t} that starts at {@code column} or left of it, or the end. */
    private static int nextAtOrLeft(final CodeView view, final int t, final int column) {
        for (int u = t + 1; u < view.size(); u++) {
            if (view.isStatementEnd(u - 1) && EvidenceCheck.column(view, u) <= column) {
                return u;
            }
        }
        return view.size();
    }

    private static int offset(final CodeView view, final int c) {
        return c < view.size() ? view.start(c) : view.source().length();
    }

    /** Chars {@code [start, end)} of one handler, and the packages its {@code try} imports. */
    private record Handler(int start, int end, Set<String> packages) {
    }
}
