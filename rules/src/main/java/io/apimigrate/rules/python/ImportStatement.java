package io.apimigrate.rules.python;

import java.util.List;

/**
 * One import statement: its tokens {@code [firstToken, endToken)}, chars {@code [startOffset, endOffset)}, whether
 * it is a from-import, the module it imports from ({@code x.y}, {@code .}, {@code ..pkg}; empty for a plain
 * {@code import}, whose modules are the names) and the names it imports, in order.
 */
public record ImportStatement(int firstToken, int endToken, int startOffset, int endOffset, boolean from,
                              String module, List<ImportAlias> names) {

    public ImportStatement {
        names = List.copyOf(names);
    }

    /** The qualified name that {@code alias} binds: {@code a} for {@code import a.b}, {@code x.y.z} for {@code from x.y import z}. */
    public String qualifiedName(final ImportAlias alias) {
        if (!from) {
            return alias.asName() != null ? alias.name() : alias.localName();
        }
        if (module.isEmpty()) {
            return alias.name();
        }
        return module.endsWith(".") ? module + alias.name() : module + "." + alias.name();
    }
}
