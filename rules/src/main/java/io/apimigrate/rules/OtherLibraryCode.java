package io.apimigrate.rules;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.CompiledRule;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.model.Evidence;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.python.ImportStatement;
import io.apimigrate.rules.python.ImportTable;
import io.apimigrate.rules.python.PythonSyntax;
import io.apimigrate.rules.python.StandardLibrary;
import io.apimigrate.rules.python.TokenKind;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether a learned rule's match stands in another library's code: its leading name or receiver
 * imported from a module the rule's examples never used, or a file that imports third-party
 * modules but none of the rule's. Such matches are refused (the standard library) or kept from
 * the direct tier (anything else).
 */
final class OtherLibraryCode {

    private OtherLibraryCode() {
    }

    /**
     * Whether a learned rule that matches any receiver meets another library's code: the snippet imports
     * some third-party module but none of the rule's, so a receiver or keyword named like the rule's
     * examples' ({@code attention_mask.bool()} in a torch file, for pandas' {@code mask.bool()};
     * {@code torch.optim.SGD(params, lr=lr)} for keras' {@code optimizers.SGD(lr=...)}) is no
     * direct answer. The standard library and relative imports say nothing either way.
     */
    static boolean anotherLibrarysCode(final CompiledRule compiled, final Supplier<ImportTable> imports) {
        final Evidence evidence = compiled.rule().evidence();
        return compiled.rule().origin() == RuleOrigin.LEARNED && evidence.ambiguous() && !evidence.modules().isEmpty()
                && importsOnlyOtherLibraries(evidence, imports.get());
    }

    /**
     * Whether a learned rule matches any call ({@code $CALLEE($$$M1, normed=$A1, $$$M2)}): its
     * examples showed the keyword edit for a few callees only, and other calls that pass the same
     * keyword may keep it ({@code plt.acorr(x, normed=True)} beside {@code plt.hist(x, normed=True)};
     * the standard library's {@code sparse=}), so such a match guides the generator and is never a
     * direct answer.
     */
    static boolean anyCall(final CompiledRule compiled) {
        final var pattern = compiled.matcher().pattern();
        return compiled.rule().origin() == RuleOrigin.LEARNED && pattern.size() >= 2
                && pattern.element(0) instanceof Element.Single
                && pattern.element(1) instanceof Element.Literal open && "(".equals(open.text());
    }

    private static boolean importsOnlyOtherLibraries(final Evidence evidence, final ImportTable imports) {
        boolean other = false;
        for (final String imported : imports.modules()) {
            if (imported.isEmpty() || imported.startsWith(".") || StandardLibrary.contains(imported)) {
                continue;
            }
            if (usesModuleOf(evidence, imported)) {
                return false;
            }
            other = true;
        }
        return other;
    }

    /**
     * Whether a learned rule's leading name, used as a value ({@code Variable($A1)}), may be another
     * library's API of the same name, so that the match is no direct answer: imported from a module
     * the rule's examples never used ({@code from sympy.codegen.ast import Variable} for a torch
     * rule), or imported by no statement while the snippet star-imports such a module
     * ({@code from itertools import *} for numpy's {@code product}) or imports third-party modules
     * but none of the rule's ({@code imsave(name, texture)} under {@code from skimage import io}
     * for scipy's {@code imsave}). An import from the rule's module, or none, leaves the match as it is.
     */
    static boolean headImportedElsewhere(final CompiledRule compiled, final Supplier<ImportTable> snippetImports) {
        if (!(compiled.matcher().pattern().element(0) instanceof Element.Literal head) || !head.name()
                || PythonSyntax.isKeyword(head.text()) || compiled.rule().origin() != RuleOrigin.LEARNED
                || !bareName(compiled)) {
            return false;
        }
        final Evidence evidence = compiled.rule().evidence();
        if (evidence.modules().isEmpty()) {
            return false;
        }
        final ImportTable imports = snippetImports.get();
        final Optional<String> bound = imports.resolve(head.text());
        if (bound.isPresent()) {
            return evidence.headModule().isEmpty() && !usesModuleOf(evidence, bound.get());
        }
        return starImportsElsewhere(evidence, imports) || importsOnlyOtherLibraries(evidence, imports);
    }

    /** Whether the snippet star-imports a module the rule's examples never used: a bare name may come from there. */
    private static boolean starImportsElsewhere(final Evidence evidence, final ImportTable imports) {
        for (final ImportStatement statement : imports.statements()) {
            if (statement.from() && !statement.module().startsWith(".") && !usesModuleOf(evidence, statement.module())
                    && statement.names().stream().anyMatch(alias -> "*".equals(alias.name()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the receiver a learned rule on any receiver matched starts with a name the snippet
     * imports from the standard library, a module its examples never used ({@code random.uniform(0, 1)}
     * for {@code init.uniform}), or assigns from a class or function it defines itself
     * ({@code f = Frame()} under {@code class Frame}): that is no object of the rule's library.
     */
    static boolean receiverAgrees(final CompiledRule compiled, final CodeView code, final Match match,
            final Supplier<ImportTable> snippetImports) {
        if (madeByOwnDefinition(compiled, code, match)) {
            return false;
        }
        final Optional<String> bound = receiverModule(compiled, code, match, snippetImports);
        return bound.isEmpty() || usesModuleOf(compiled.rule().evidence(), bound.get())
                || !StandardLibrary.contains(bound.get());
    }

    private static boolean madeByOwnDefinition(final CompiledRule compiled, final CodeView code, final Match match) {
        final int first = receiverName(compiled, code, match);
        if (first < 0) {
            return false;
        }
        final Optional<String> head = assignedFrom(code, code.text(first), first);
        return head.isPresent() && code.statements().defines(head.get());
    }

    /**
     * Whether the receiver a learned rule on any receiver matched starts with a name the snippet
     * imports from a module its examples never used ({@code torch.cfloat} for numpy's
     * {@code np.cfloat}, {@code S.Infinity} from sympy): no direct answer.
     */
    static boolean receiverImportedElsewhere(final CompiledRule compiled, final CodeView code, final Match match,
            final Supplier<ImportTable> snippetImports) {
        final Optional<String> bound = receiverModule(compiled, code, match, snippetImports);
        return bound.isPresent() && !usesModuleOf(compiled.rule().evidence(), bound.get());
    }

    /**
     * What the snippet's imports bind the first name of the matched receiver to, or, where the
     * snippet assigns that name, the first name of the value assigned; for a learned rule with
     * module evidence.
     */
    private static Optional<String> receiverModule(final CompiledRule compiled, final CodeView code, final Match match,
            final Supplier<ImportTable> snippetImports) {
        final int first = receiverName(compiled, code, match);
        if (first < 0 || compiled.rule().evidence().modules().isEmpty()) {
            return Optional.empty();
        }
        final ImportTable imports = snippetImports.get();
        final Optional<String> bound = imports.resolve(code.text(first));
        return bound.isPresent() ? bound : assignedFrom(code, code.text(first), first).flatMap(imports::resolve);
    }

    /** The code token of a learned rule's matched receiver's first name, or -1 when the rule has no receiver or it starts otherwise. */
    private static int receiverName(final CompiledRule compiled, final CodeView code, final Match match) {
        final int first = match.elementStart()[0];
        return compiled.rule().origin() == RuleOrigin.LEARNED && compiled.matcher().pattern().element(0) instanceof Element.Single
                && match.elementEnd()[0] > first && code.kind(first) == TokenKind.NAME ? first : -1;
    }

    /**
     * The first name of the value the snippet last assigns to {@code name} before code token
     * {@code before} ({@code jinja2} in {@code t = jinja2.Template(s)}), if a plain assignment
     * statement gives it one: in the function that holds {@code before}, else, where that function
     * does not assign the name, at module level. Another function's local of the same name
     * ({@code t = tbig[...]} in an earlier test) says nothing about it.
     */
    private static Optional<String> assignedFrom(final CodeView code, final String name, final int before) {
        final int statement = EvidenceCheck.statementStart(code, before);
        final int scope = EvidenceCheck.enclosingDefinition(code, statement);
        final LastAssignment inScope = lastAssignment(code, name, Math.max(0, scope), statement, scope < 0);
        return inScope.found() || scope < 0 ? inScope.head()
                : lastAssignment(code, name, 0, scope, true).head();
    }

    /** Whether a statement assigns the name, and the first name of the last value assigned, if it starts with one. */
    private record LastAssignment(boolean found, Optional<String> head) {
    }

    /** {@link #assignedFrom} over the statements in code tokens {@code [from, to)}, module-level ones only if asked. */
    private static LastAssignment lastAssignment(final CodeView code, final String name, final int from, final int to,
            final boolean moduleLevel) {
        final int[] assignments = code.statements().assignmentsOf(name);
        for (int a = assignments.length - 1; a >= 0 && assignments[a] >= from; a--) {
            final int c = assignments[a];
            if (c + 1 < to && code.isOp(c + 1, '=') && (!moduleLevel || EvidenceCheck.column(code, c) == 0)) {
                return new LastAssignment(true, c + 2 < to && code.kind(c + 2) == TokenKind.NAME
                        ? Optional.of(code.text(c + 2)) : Optional.empty());
            }
        }
        return new LastAssignment(false, Optional.empty());
    }

    /** Whether the rule's examples used the top-level module of {@code dotted}. */
    static boolean usesModuleOf(final Evidence evidence, final String dotted) {
        final int dot = dotted.indexOf('.');
        return evidence.modules().contains(dot < 0 ? dotted : dotted.substring(0, dot));
    }

    /**
     * Whether the pattern uses its first name as a value: alone, called, subscripted or among other
     * values ({@code matching}, {@code Variable($A1)}, {@code setup,}); not {@code np.float}, whose
     * name is a module, nor {@code ADMINS = $A1}, {@code x: int} or {@code trigger_rule=$A1}, which
     * are about the binding itself.
     */
    static boolean bareName(final CompiledRule compiled) {
        if (compiled.matcher().pattern().size() < 2) {
            return true;
        }
        if (!(compiled.matcher().pattern().element(1) instanceof Element.Literal next)) {
            return true;
        }
        final String text = next.text();
        final boolean binds = ".".equals(text) || ":".equals(text) || text.endsWith("=") && !"==".equals(text)
                && !"!=".equals(text) && !"<=".equals(text) && !">=".equals(text);
        return !binds;
    }
}
