package io.apimigrate.rules.python;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The imports of one source: what each local name refers to, the modules named and the statements themselves. */
public final class ImportTable {

    private final List<ImportStatement> statements;
    private final Map<String, String> bindings = new LinkedHashMap<>();
    private final Set<String> modules = new LinkedHashSet<>();
    private final Set<String> fromImported = new LinkedHashSet<>();

    ImportTable(final List<ImportStatement> statements) {
        this.statements = List.copyOf(statements);
        for (final ImportStatement statement : this.statements) {
            if (statement.from() && !statement.module().isEmpty()) {
                modules.add(statement.module());
            }
            for (final ImportAlias alias : statement.names()) {
                if (!statement.from()) {
                    modules.add(alias.name());
                }
                if (!"*".equals(alias.name())) {
                    bindings.put(alias.localName(), statement.qualifiedName(alias));
                    if (statement.from()) {
                        fromImported.add(alias.localName());
                    }
                }
            }
        }
    }

    /** The qualified name a local name was imported as ({@code np -> numpy}); later imports win. */
    public Optional<String> resolve(final String localName) {
        return Optional.ofNullable(bindings.get(localName));
    }

    /** Every module named, in order of first appearance: plain imports' dotted names and from-imports' modules. */
    public Set<String> modules() {
        return Collections.unmodifiableSet(modules);
    }

    /** Every local name bound by an import, mapped to its qualified name. */
    public Map<String, String> bindings() {
        return Collections.unmodifiableMap(bindings);
    }

    /** The local names bound by {@code from ... import} statements ({@code f} in {@code from m import f}). */
    public Set<String> fromImported() {
        return Collections.unmodifiableSet(fromImported);
    }

    /** The import statements in source order. */
    public List<ImportStatement> statements() {
        return statements;
    }
}
