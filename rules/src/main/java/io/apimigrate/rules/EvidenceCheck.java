package io.apimigrate.rules;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.CompiledRule;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.model.Evidence;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.python.ImportStatement;
import io.apimigrate.rules.python.ImportTable;
import io.apimigrate.rules.python.StandardLibrary;
import io.apimigrate.rules.python.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A match's confidence: the rule's calibrated confidence when the match needs no confirmation
 * or the snippet confirms it (an import of the rule's library, a receiver named like the
 * library's objects); the lower unconfirmed confidence otherwise.
 */
public final class EvidenceCheck {

    /** How far back the statement checks read, in code tokens. */
    private static final int STATEMENT_SCAN = 1024;

    private EvidenceCheck() {
    }

    static double confidence(final CompiledRule compiled, final CodeView code, final Match match,
            final Supplier<ImportTable> imports) {
        final Evidence evidence = compiled.rule().evidence();
        if (!evidence.ambiguous() || confirmedByImport(evidence, imports.get()) || confirmedByReceiver(evidence, compiled, code, match)
                || confirmedByKeyword(evidence, code, match)) {
            return compiled.rule().confidence();
        }
        return evidence.unconfirmedConfidence();
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
     * Whether a learned rule's leading name, used as a value ({@code Variable($A1)}), is imported
     * from a module the rule's examples never used ({@code from sympy.codegen.ast import Variable}
     * for a torch rule), or not imported by name while the snippet star-imports such a module
     * ({@code from itertools import *} for numpy's {@code product}): it may be another library's
     * API of the same name, so the match is no direct answer. An import from the rule's module, or
     * none, leaves the match as it is.
     */
    static boolean headImportedElsewhere(final CompiledRule compiled, final Supplier<ImportTable> snippetImports) {
        if (!(compiled.matcher().pattern().element(0) instanceof Element.Literal head) || !head.name()
                || compiled.rule().origin() != RuleOrigin.LEARNED || !bareName(compiled)) {
            return false;
        }
        final Evidence evidence = compiled.rule().evidence();
        if (!evidence.headModule().isEmpty() || evidence.modules().isEmpty()) {
            return false;
        }
        final ImportTable imports = snippetImports.get();
        final Optional<String> bound = imports.resolve(head.text());
        return bound.isPresent() ? !usesModuleOf(evidence, bound.get()) : starImportsElsewhere(evidence, imports);
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
     * Whether the snippet agrees with what the rule's leading name stands for. A name bound to
     * another module, or a snippet that imports the rule's module under another name, is not the
     * rule's API. For a learned rule it is not either where the snippet imports the name from the
     * standard library although the rule's examples never used that module ({@code from tkinter
     * import Variable} for a torch rule on {@code Variable($A1)}), or where a bare name is the
     * snippet's own: assigned, defined or a parameter there ({@code matching = ...} for a rule on
     * scipy's {@code matching}), unless the rule's examples defined it themselves.
     */
    static boolean bindingAgrees(final CompiledRule compiled, final Supplier<ImportTable> snippetImports,
            final Supplier<Set<String>> snippetBindings) {
        if (!(compiled.matcher().pattern().element(0) instanceof Element.Literal head) || !head.name()) {
            return true;
        }
        final Evidence evidence = compiled.rule().evidence();
        final String expected = evidence.headModule();
        final boolean learned = compiled.rule().origin() == RuleOrigin.LEARNED;
        if (expected.isEmpty() && !learned) {
            return true;
        }
        final ImportTable imports = snippetImports.get();
        final Optional<String> bound = imports.resolve(head.text());
        if (bound.isPresent()) {
            return expected.isEmpty() ? !StandardLibrary.contains(bound.get()) || usesModuleOf(evidence, bound.get())
                    : bound.get().equals(expected);
        }
        if (!expected.isEmpty() && imports.bindings().containsValue(expected)) {
            return false;
        }
        return !learned || !bareName(compiled) || evidence.definedNames().contains(head.text())
                || !snippetBindings.get().contains(head.text());
    }

    /**
     * Whether the receiver a learned rule on any receiver matched starts with a name the snippet
     * imports from the standard library, a module its examples never used ({@code random.uniform(0, 1)}
     * for {@code init.uniform}): that is no object of the rule's library.
     */
    static boolean receiverAgrees(final CompiledRule compiled, final CodeView code, final Match match,
            final Supplier<ImportTable> snippetImports) {
        final Optional<String> bound = receiverModule(compiled, code, match, snippetImports);
        return bound.isEmpty() || usesModuleOf(compiled.rule().evidence(), bound.get())
                || !StandardLibrary.contains(bound.get());
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

    /** What the snippet's imports bind the first name of the matched receiver to, for a learned rule with module evidence. */
    private static Optional<String> receiverModule(final CompiledRule compiled, final CodeView code, final Match match,
            final Supplier<ImportTable> snippetImports) {
        if (compiled.rule().origin() != RuleOrigin.LEARNED || compiled.rule().evidence().modules().isEmpty()
                || !(compiled.matcher().pattern().element(0) instanceof Element.Single)) {
            return Optional.empty();
        }
        final int first = match.elementStart()[0];
        if (match.elementEnd()[0] <= first || code.kind(first) != TokenKind.NAME) {
            return Optional.empty();
        }
        return snippetImports.get().resolve(code.text(first));
    }

    /** Whether the rule's examples used the top-level module of {@code dotted}. */
    private static boolean usesModuleOf(final Evidence evidence, final String dotted) {
        final int dot = dotted.indexOf('.');
        return evidence.modules().contains(dot < 0 ? dotted : dotted.substring(0, dot));
    }

    /**
     * Whether the pattern uses its first name as a value: alone, called, subscripted or among other
     * values ({@code matching}, {@code Variable($A1)}, {@code setup,}); not {@code np.float}, whose
     * name is a module, nor {@code ADMINS = $A1}, {@code x: int} or {@code trigger_rule=$A1}, which
     * are about the binding itself.
     */
    private static boolean bareName(final CompiledRule compiled) {
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

    /**
     * Whether a match may stand where it is: never on the name a {@code class} or {@code def} defines,
     * nor, for a learned rule on any receiver, on {@code self} or {@code cls} its examples never had;
     * a rule that makes an assignment needs a whole statement,
     * a rule without {@code import} in its pattern stays out of the module path of a {@code from}
     * import (a module path, not the attribute chain the rule was shown) and puts only a plain name
     * among the names it imports, a rule that adds a keyword argument skips calls that may pass it
     * already, a top-level-only rule
     * needs a statement at column 0,
     * and the names the rule's examples define themselves must be defined above the match.
     */
    static boolean placeAgrees(final CompiledRule compiled, final CodeView code, final Match match) {
        if (definedName(code, match) || ownMethod(compiled, code, match)
                || compiled.makesAssignment() && !wholeStatement(code, match)
                || !compiled.addedKeywords().isEmpty() && mayPassAlready(compiled.addedKeywords(), code, match)) {
            return false;
        }
        if (!compiled.matchesImports()) {
            final FromImportPart part = fromImportPart(code, match.start());
            if (part == FromImportPart.MODULE || part == FromImportPart.NAMES && !compiled.templateIsName()) {
                return false;
            }
        }
        final Evidence evidence = compiled.rule().evidence();
        if (evidence.topLevelOnly()
                && statementColumn(code, match.start() - code.wrappingParens(match.start(), match.end())) != 0) {
            return false;
        }
        for (final String name : evidence.definedNames()) {
            if (!definedAbove(code, name, match.start())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the match starts with the name a {@code class} or {@code def} statement defines: a
     * pattern such as {@code Variable($A1)} is a call, not {@code class Variable(Node)}.
     */
    private static boolean definedName(final CodeView code, final Match match) {
        return match.start() > 0 && (code.textEquals(match.start() - 1, "class") || code.textEquals(match.start() - 1, "def"));
    }

    /**
     * Whether a learned rule on any receiver matched {@code self} or {@code cls} itself, which its
     * examples never had: that is a method of the class being defined ({@code self.pad(...)} in a
     * tokenizer), not the library's ({@code df.pad()}).
     */
    private static boolean ownMethod(final CompiledRule compiled, final CodeView code, final Match match) {
        if (compiled.rule().origin() != RuleOrigin.LEARNED
                || !(compiled.matcher().pattern().element(0) instanceof Element.Single)
                || match.elementEnd()[0] - match.elementStart()[0] != 1) {
            return false;
        }
        final String receiver = code.text(match.elementStart()[0]);
        return ("self".equals(receiver) || "cls".equals(receiver))
                && !compiled.rule().evidence().receiverNames().contains(receiver);
    }

    /**
     * Whether the matched code passes one of {@code keywords} already, or unpacks {@code **} a
     * mapping that may hold it: adding it would repeat a keyword argument, a SyntaxError or, through
     * the mapping, a TypeError at run time.
     */
    private static boolean mayPassAlready(final Set<String> keywords, final CodeView code, final Match match) {
        for (int c = Math.max(1, match.start()); c < match.end(); c++) {
            if (code.textEquals(c, "**") && (code.isOp(c - 1, '(') || code.isOp(c - 1, ','))) {
                return true;
            }
        }
        for (final String name : keywordNames(code, match.start(), match.end())) {
            if (keywords.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** Where a code token lies in a {@code from ... import} statement. */
    enum FromImportPart {
        /** Not in a {@code from} import. */
        NONE,
        /** In the module path, before {@code import}. */
        MODULE,
        /** In the names it imports. */
        NAMES
    }

    /**
     * Where code token {@code c} lies in a {@code from} import. Reads back until a token no import
     * holds, and at most {@link #STATEMENT_SCAN} tokens, so that many matches in one huge statement
     * stay linear; a longer statement counts as no import.
     */
    static FromImportPart fromImportPart(final CodeView code, final int c) {
        boolean afterImport = false;
        int s = c;
        final int stop = Math.max(0, c - STATEMENT_SCAN);
        while (s > 0 && !code.isStatementEnd(s - 1)) {
            if (s == stop || !mayBeInImport(code, s - 1)) {
                return FromImportPart.NONE;
            }
            afterImport |= code.textEquals(s, "import");
            s--;
        }
        if (!code.textEquals(s, "from")) {
            return FromImportPart.NONE;
        }
        return afterImport || code.textEquals(c, "import") ? FromImportPart.NAMES : FromImportPart.MODULE;
    }

    /** Whether code token {@code c} can be part of an import statement: a name, a dot, a comma, a bracket or {@code *}. */
    private static boolean mayBeInImport(final CodeView code, final int c) {
        return code.kind(c) == TokenKind.NAME || code.isOp(c, '.') || code.isOp(c, ',') || code.isOp(c, '(')
                || code.isOp(c, ')') || code.isOp(c, '*');
    }

    /**
     * Whether the match is a whole statement, perhaps in parentheses: a rule that makes an
     * assignment fits nowhere else.
     */
    private static boolean wholeStatement(final CodeView code, final Match match) {
        final int wrap = code.wrappingParens(match.start(), match.end());
        final int start = match.start() - wrap;
        final int end = match.end() + wrap;
        return (start == 0 || code.isStatementEnd(start - 1))
                && (end >= code.size() || code.isStatementEnd(end) || code.kind(end) == TokenKind.ENDMARKER);
    }

    /**
     * Whether code before token {@code before} defines {@code name}: {@code class name},
     * {@code def name} or a statement that starts {@code name =}.
     */
    public static boolean definedAbove(final CodeView code, final String name, final int before) {
        for (int c = 0; c + 1 < before; c++) {
            if (code.textEquals(c + 1, name) && (code.textEquals(c, "class") || code.textEquals(c, "def"))) {
                return true;
            }
            if (code.textEquals(c, name) && (c == 0 || code.isStatementEnd(c - 1)) && code.textEquals(c + 1, "=")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The column of the statement that starts at code token {@code c}: after a {@code ;}, that of
     * the line's first statement (read back at most {@link #STATEMENT_SCAN} tokens).
     */
    public static int statementColumn(final CodeView code, final int c) {
        int s = c;
        final int stop = Math.max(0, c - STATEMENT_SCAN);
        while (s > stop && code.isOp(s - 1, ';')) {
            s--;
            while (s > stop && !code.isStatementEnd(s - 1)) {
                s--;
            }
        }
        return column(code, s);
    }

    /** The column of code token {@code c} on its line. */
    public static int column(final CodeView code, final int c) {
        final CharSequence source = code.source();
        int i = code.start(c);
        int column = 0;
        while (i > 0 && source.charAt(i - 1) != '\n' && source.charAt(i - 1) != '\r') {
            i--;
            column++;
        }
        return column;
    }

    private static boolean confirmedByKeyword(final Evidence evidence, final CodeView code, final Match match) {
        if (evidence.keywords().isEmpty()) {
            return false;
        }
        for (final String name : keywordNames(code, match.start(), match.end())) {
            if (evidence.keywords().contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code df2} for {@code df}: the name followed by digits only. */
    private static boolean numbered(final String receiver, final String name) {
        if (receiver.length() <= name.length() || !receiver.startsWith(name)) {
            return false;
        }
        for (int i = name.length(); i < receiver.length(); i++) {
            if (!Character.isDigit(receiver.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Names of keyword arguments ({@code name=} after '(' or ',') among code tokens [from, to). */
    public static List<String> keywordNames(final CodeView code, final int from, final int to) {
        final List<String> out = new ArrayList<>();
        for (int c = Math.max(1, from); c + 1 < to; c++) {
            if (code.kind(c) == TokenKind.NAME && code.isOp(c + 1, '=')
                    && (code.isOp(c - 1, '(') || code.isOp(c - 1, ','))) {
                out.add(code.text(c));
            }
        }
        return out;
    }

    private static boolean confirmedByImport(final Evidence evidence, final ImportTable imports) {
        for (final String imported : imports.modules()) {
            for (final String module : evidence.modules()) {
                if (imported.equals(module) || imported.startsWith(module + ".")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean confirmedByReceiver(final Evidence evidence, final CompiledRule compiled,
            final CodeView code, final Match match) {
        if (evidence.receiverNames().isEmpty() || !(compiled.matcher().pattern().element(0) instanceof Element.Single)) {
            return false;
        }
        final int end = match.elementEnd()[0];
        final String receiver = end > 0 ? code.text(end - 1) : "";
        for (final String name : evidence.receiverNames()) {
            if (receiver.equals(name) || receiver.startsWith(name + "_") || receiver.endsWith("_" + name)
                    || numbered(receiver, name)) {
                return true;
            }
        }
        return false;
    }
}
