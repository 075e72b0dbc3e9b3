package io.apimigrate.rules.learn;

import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.pattern.PatternCompiler;
import io.apimigrate.rules.python.ImportAlias;
import io.apimigrate.rules.python.ImportStatement;
import io.apimigrate.rules.python.Imports;
import io.apimigrate.rules.python.PythonLexer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The imports a rewrite relies on that its example had already: {@code pd.np.nan} -> {@code np.nan}
 * shown under {@code import numpy as np} needs that import wherever else it applies, or the
 * rewritten code names an unbound {@code np}. A name that heads a dotted chain in the template and
 * in no part of the pattern, bound by an import the example keeps, brings that import along.
 */
final class ContextImports {

    private final Map<String, String> lineByLocalName;

    private ContextImports(final Map<String, String> lineByLocalName) {
        this.lineByLocalName = lineByLocalName;
    }

    /** The bindings of the imports that both the old and the new code of an example hold. */
    static ContextImports of(final String oldCode, final String newCode) {
        final Set<String> kept = new HashSet<>();
        for (final ImportStatement statement : Imports.scan(PythonLexer.lex(newCode)).statements()) {
            kept.add(newCode.substring(statement.startOffset(), statement.endOffset()).strip());
        }
        final Map<String, String> lines = new LinkedHashMap<>();
        for (final ImportStatement statement : Imports.scan(PythonLexer.lex(oldCode)).statements()) {
            if (!kept.contains(oldCode.substring(statement.startOffset(), statement.endOffset()).strip())
                    || statement.from() && statement.module().startsWith(".")) {
                continue;
            }
            for (final ImportAlias alias : statement.names()) {
                if (!"*".equals(alias.name())) {
                    lines.putIfAbsent(alias.localName(), line(statement, alias));
                }
            }
        }
        return new ContextImports(lines);
    }

    /**
     * The candidate with the imports its template relies on added, or itself when it needs none or
     * does not compile (the rule validator then turns it down).
     */
    CandidateRule addTo(final CandidateRule candidate) {
        if (lineByLocalName.isEmpty()) {
            return candidate;
        }
        final Set<String> patternHeads;
        final Set<String> templateHeads;
        try {
            patternHeads = heads(PatternCompiler.compile(candidate.pattern()).elements());
            templateHeads = heads(PatternCompiler.template(candidate.template()));
        } catch (final IllegalArgumentException e) {
            return candidate;
        }
        final List<String> imports = new ArrayList<>(candidate.imports());
        for (final String head : templateHeads) {
            final String line = lineByLocalName.get(head);
            if (line != null && !patternHeads.contains(head) && !imports.contains(line)) {
                imports.add(line);
            }
        }
        return imports.size() == candidate.imports().size() ? candidate
                : new CandidateRule(candidate.pattern(), candidate.template(), candidate.constraints(),
                        candidate.kind(), imports, candidate.examples());
    }

    /** The names that stand first in a dotted chain: not after a dot. */
    private static Set<String> heads(final List<Element> elements) {
        final Set<String> out = new LinkedHashSet<>();
        Element previous = null;
        for (final Element element : elements) {
            if (element instanceof Element.Literal literal && literal.name()
                    && !(previous instanceof Element.Literal dot && ".".equals(dot.text()))) {
                out.add(literal.text());
            }
            previous = element;
        }
        return out;
    }

    private static String line(final ImportStatement statement, final ImportAlias alias) {
        final String as = alias.asName() == null ? "" : " as " + alias.asName();
        return statement.from() ? "from " + statement.module() + " import " + alias.name() + as
                : "import " + alias.name() + as;
    }
}
