package io.apimigrate.rules;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.CompiledRule;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.match.StatementIndex;
import io.apimigrate.rules.model.Evidence;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.pattern.AddedCalls;
import io.apimigrate.rules.pattern.AssignmentTargets;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.python.Argument;
import io.apimigrate.rules.python.ArgumentKind;
import io.apimigrate.rules.python.CallArguments;
import io.apimigrate.rules.python.ImportTable;
import io.apimigrate.rules.python.NameScopes;
import io.apimigrate.rules.python.PythonSyntax;
import io.apimigrate.rules.python.StandardLibrary;
import io.apimigrate.rules.python.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
            final Supplier<ImportTable> imports, final SpelledPaths paths) {
        final Evidence evidence = compiled.rule().evidence();
        if (!evidence.ambiguous()) {
            return compiled.rule().confidence();
        }
        final ImportTable table = imports.get();
        if (importedReceiverUnlikeExamples(evidence, code, match, table, paths)
                || dottedReceiverUnlikeExamples(evidence, code, match, table)) {
            return evidence.unconfirmedConfidence();
        }
        if (confirmedByReceiver(evidence, compiled, code, match) || confirmedByKeyword(evidence, code, match)) {
            return compiled.rule().confidence();
        }
        if (confirmedByImport(evidence, table) && receiverFromLibrary(evidence, code, match, table)
                && !callUnlikeExamples(compiled, code, match)) {
            return compiled.rule().confidence();
        }
        return evidence.unconfirmedConfidence();
    }

    /**
     * Whether the receiver is a name the snippet imports where no receiver of the rule's examples
     * was: {@code plt.gca(projection="3d")} calls pyplot's function, not the {@code fig.gca(...)}
     * method the rule was shown, whatever keyword it passes. A receiver the examples used, one bound
     * to the same module as one of their receivers ({@code pyplot} beside {@code import
     * matplotlib.pyplot as plt} for a rule shown {@code plt.hist}), or an alias of a module they
     * used by its own name ({@code pp} for {@code preprocessing}) is like them. A receiver named as
     * the examples' but imported from another module than theirs is not ({@code nn} from
     * {@code tensorflow.python.ops}, whose unsuffixed functions are TensorFlow 1's, for a rule shown
     * {@code tf.nn}); one module path that ends the other is the same module
     * ({@code tensorflow.keras.backend} beside {@code keras.backend}). Where the examples' receivers'
     * modules are unknown, a receiver named as theirs is unlike them when imported as a module the
     * rules spell inside that name ({@code tf} as {@code tensorflow.compat.v1}; {@link SpelledPaths}).
     */
    private static boolean importedReceiverUnlikeExamples(final Evidence evidence, final CodeView code, final Match match,
            final ImportTable imports, final SpelledPaths paths) {
        final String name = receiverName(code, match);
        if (name == null) {
            return false;
        }
        final Optional<String> bound = imports.resolve(name);
        if (bound.isEmpty()) {
            return false;
        }
        if (evidence.receiverNames().contains(name)) {
            return evidence.receiverModules().isEmpty() ? paths.spellsBelow(name, bound.get())
                    : evidence.receiverModules().stream().noneMatch(module -> sameModule(module, bound.get()));
        }
        final String module = bound.get().substring(bound.get().lastIndexOf('.') + 1);
        for (final String receiver : evidence.receiverNames()) {
            if (receiver.equals(module) || imports.resolve(receiver).equals(bound)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the receiver is a dotted module path ({@code torch.optim}) that ends in none of the modules
     * the examples' receivers were ({@code *.optimizers} for {@code keras.optimizers.SGD(lr=0.01)}): another
     * library's module, whose functions may take the keywords the rule was shown (torch's {@code SGD}
     * takes {@code lr=} too). Read through the import of its first name, it must be one of those
     * modules too: {@code tf1.image} under {@code import tensorflow.compat.v1 as tf1} is
     * {@code tensorflow.compat.v1.image}, not {@code *.image}.
     */
    private static boolean dottedReceiverUnlikeExamples(final Evidence evidence, final CodeView code, final Match match,
            final ImportTable imports) {
        if (evidence.receiverModules().isEmpty()) {
            return false;
        }
        final int first = match.elementStart()[0];
        final int end = match.elementEnd()[0];
        if (end - first < 3 || (end - first) % 2 == 0) {
            return false;
        }
        for (int c = first; c < end; c++) {
            if ((c - first) % 2 == 0 ? code.kind(c) != TokenKind.NAME : !code.isOp(c, '.')) {
                return false;
            }
        }
        final String last = code.text(end - 1);
        if (!evidence.receiverNames().contains(last) && evidence.receiverModules().stream()
                .noneMatch(module -> module.equals(last) || module.endsWith("." + last))) {
            return true;
        }
        final Optional<String> bound = imports.resolve(code.text(first));
        if (bound.isEmpty() || bound.get().indexOf('.') < 0) {
            return false;
        }
        final StringBuilder path = new StringBuilder(bound.get());
        for (int c = first + 1; c < end; c++) {
            path.append(code.text(c));
        }
        return evidence.receiverModules().stream().noneMatch(module -> sameModule(module, path.toString()));
    }

    /**
     * Whether a receiver module of the examples and an imported module are one: equal, or one is the
     * other under a package prefix ({@code tensorflow.keras.backend}, {@code keras.backend}); for
     * {@code *.nn}, any top-level package's {@code nn} and nothing deeper.
     */
    private static boolean sameModule(final String examples, final String imported) {
        if (examples.startsWith(Evidence.ANY_PACKAGE + ".")) {
            final int root = imported.indexOf('.');
            return root > 0 && imported.substring(root).equals(examples.substring(Evidence.ANY_PACKAGE.length()));
        }
        return examples.equals(imported) || examples.endsWith("." + imported) || imported.endsWith("." + examples);
    }

    /**
     * Whether the snippet ties the receiver of a rule on any receiver to the rule's library: the
     * receiver is a name bound by an import to one of the library's modules ({@code pyplot.hist}
     * under {@code from matplotlib import pyplot}), or assigned above the match from an attribute of
     * one ({@code df = pd.read_csv(p)}, {@code fig, ax = plt.subplots()}). An import of the library
     * alone says nothing about {@code grouped.apply(f)} or {@code arr.ravel()} in a file that also
     * has arrays, lists and models of its own, nor does a receiver that a call or subscript derives
     * from such a name ({@code df.groupby("a").apply(f)}), nor a name where the rule's examples had
     * none as receivers ({@code df.apply(f)} for {@code s.rolling(5).apply(f)}), nor a private
     * module of the library ({@code libalgos.pad} under {@code from pandas._libs import algos as libalgos}).
     */
    private static boolean receiverFromLibrary(final Evidence evidence, final CodeView code, final Match match,
            final ImportTable imports) {
        final String name = receiverName(code, match);
        if (name == null || evidence.receiverNames().isEmpty()) {
            return false;
        }
        final Optional<String> bound = imports.resolve(name);
        return bound.isPresent() ? inLibrary(evidence, bound)
                : assignedFromLibrary(name, code, match.start(), evidence, imports);
    }

    /** The receiver the rule's leading {@code $X} captured when it is one name ({@code df}, not {@code df["a"]}); else null. */
    private static String receiverName(final CodeView code, final Match match) {
        final int first = match.elementStart()[0];
        return match.elementEnd()[0] == first + 1 && code.kind(first) == TokenKind.NAME ? code.text(first) : null;
    }

    /** Whether a qualified name lies in one of the library's public modules (not {@code pandas._libs}). */
    private static boolean inLibrary(final Evidence evidence, final Optional<String> qualified) {
        if (qualified.isEmpty() || qualified.get().contains("._")) {
            return false;
        }
        for (final String module : evidence.modules()) {
            if (qualified.get().equals(module) || qualified.get().startsWith(module + ".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the last statement above the one holding code token {@code before}, in the same
     * function (at module level: a module-level statement), that assigns {@code name}, alone or in a
     * tuple, assigns it from an attribute of a name bound to the library ({@code pd.read_csv(...)}).
     * A later assignment from anything else ({@code data = np.asarray(data)}) ends the tie, one
     * derived from the name itself ({@code x = x[:-1] / x[-1]}, {@code x = x.byteswap()}) keeps it,
     * and the statement holding the match assigns only after the match is read
     * ({@code data = pd.DataFrame(dict(value=data.ravel()))}).
     */
    private static boolean assignedFromLibrary(final String name, final CodeView code, final int before,
            final Evidence evidence, final ImportTable imports) {
        final StatementIndex statements = code.statements();
        final int current = statements.statementStart(before);
        final int scope = statements.enclosingDefinition(current);
        final int[] assignments = statements.assignmentsOf(name);
        for (int a = assignments.length - 1; a >= 0 && assignments[a] >= Math.max(0, scope); a--) {
            final int c = assignments[a];
            if (c >= current || scope < 0 && column(code, c) != 0) {
                continue;
            }
            int k = c;
            while (code.kind(k) == TokenKind.NAME && code.isOp(k + 1, ',')) {
                k += 2;
            }
            k += code.kind(k) == TokenKind.NAME ? 1 : 0;
            if (k + 1 < current && !code.textEquals(k + 1, name)) {
                return k + 2 < current && code.kind(k + 1) == TokenKind.NAME && code.isOp(k + 2, '.')
                        && inLibrary(evidence, imports.resolve(code.text(k + 1)));
            }
        }
        return false;
    }

    /**
     * The first code token of the last {@code def}, {@code async def} or {@code class} statement
     * above the statement that starts at code token {@code statement} whose column is smaller,
     * or -1 at module level.
     */
    static int enclosingDefinition(final CodeView code, final int statement) {
        return code.statements().enclosingDefinition(statement);
    }

    /** The first code token of the statement that holds code token {@code c}. */
    static int statementStart(final CodeView code, final int c) {
        return code.statements().statementStart(Math.min(c, code.size() - 1));
    }

    /**
     * Whether a learned rule on any receiver, confirmed by nothing but an import, matches a method
     * whose call passes what none of its examples passed: a keyword they never used, or more
     * positional arguments; or matches a name that is not called where its examples called it.
     * {@code expr.tostring(language=l)} is another class's {@code tostring}, not the
     * {@code ndarray.tostring()} the rule was shown; {@code checkpoint.save(path)} is not pandas'
     * {@code writer.save()}; {@code opts.select.append(p)} is a field, not {@code tf.select(c, a, b)}.
     */
    private static boolean callUnlikeExamples(final CompiledRule compiled, final CodeView code, final Match match) {
        if (compiled.rule().origin() != RuleOrigin.LEARNED) {
            return false;
        }
        final Evidence evidence = compiled.rule().evidence();
        if (!callAfter(code, match)) {
            return evidence.positionalArguments() >= 0 && match.end() > match.start()
                    && code.kind(match.end() - 1) == TokenKind.NAME;
        }
        for (final String name : keywordsOfCallAfter(code, match)) {
            if (!evidence.keywords().contains(name)) {
                return true;
            }
        }
        return evidence.positionalArguments() >= 0 && positionalsOfCallAfter(code, match) > evidence.positionalArguments();
    }

    /** Whether a call follows a match that ends with a name. */
    private static boolean callAfter(final CodeView code, final Match match) {
        final int open = match.end();
        return open < code.size() && match.end() > match.start() && code.kind(match.end() - 1) == TokenKind.NAME
                && code.isOp(open, '(') && code.partner(open) >= 0;
    }

    /** The keyword names of the call right after a match that ends with a name; none otherwise. */
    public static List<String> keywordsOfCallAfter(final CodeView code, final Match match) {
        if (!callAfter(code, match)) {
            return List.of();
        }
        final int open = match.end();
        return keywordNames(code, open, code.partner(open) + 1);
    }

    /** The positional arguments of the call right after a match that ends with a name; -1 without such a call. */
    public static int positionalsOfCallAfter(final CodeView code, final Match match) {
        if (!callAfter(code, match)) {
            return -1;
        }
        int count = 0;
        for (final Argument argument : CallArguments.parse(code.tokens(), code.raw(match.end()))) {
            if (argument.kind() == ArgumentKind.POSITIONAL) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether the snippet agrees with what the rule's leading name stands for. A name bound to
     * another module, or a snippet that imports the rule's module under another name, is not the
     * rule's API. For a learned rule it is not either where the snippet imports the name from the
     * standard library although the rule's examples never used that module ({@code from tkinter
     * import Variable} for a torch rule on {@code Variable($A1)}), or where the name is the
     * snippet's own, as a value or as the qualifier of a dotted name: assigned, defined or a
     * parameter there ({@code matching = ...} for a rule on scipy's {@code matching};
     * {@code class F} for torch's {@code F.sigmoid}), unless the rule's examples defined it themselves.
     * A qualifier whose module the examples never showed is not the rule's either where the snippet
     * imports it as a module the rules spell inside it ({@code import tensorflow.compat.v1 as tf},
     * beside rules that write {@code tf.compat.v1.placeholder}; {@link SpelledPaths}).
     */
    static boolean bindingAgrees(final CompiledRule compiled, final Supplier<ImportTable> snippetImports,
            final Supplier<Set<String>> snippetBindings, final SpelledPaths paths) {
        if (!(compiled.matcher().pattern().element(0) instanceof Element.Literal head) || !head.name()
                || AssignmentTargets.leading(compiled.matcher().pattern().elements())) {
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
        final var pattern = compiled.matcher().pattern();
        final boolean qualifier = pattern.size() > 1 && pattern.element(1) instanceof Element.Literal dot
                && ".".equals(dot.text());
        if (bound.isPresent()) {
            return expected.isEmpty() ? OtherLibraryCode.usesModuleOf(evidence, bound.get())
                    && !(qualifier && paths.spellsBelow(head.text(), bound.get()))
                    || evidence.modules().isEmpty() && !StandardLibrary.contains(bound.get())
                    : bound.get().equals(expected);
        }
        if (!expected.isEmpty() && imports.bindings().containsValue(expected)) {
            return false;
        }
        return !learned || !OtherLibraryCode.bareName(compiled) && !qualifier
                || evidence.definedNames().contains(head.text()) || !snippetBindings.get().contains(head.text());
    }

    /**
     * Whether a learned rule's leading name is one the snippet imports and also binds itself where
     * the match stands ({@code import numpy} and {@code numpy = None}, or {@code def f(numpy):} around
     * the match): there it may not be the module, so the match is no direct answer. A parameter or
     * local of another function, or a method of that name, binds it elsewhere ({@link NameScopes}).
     */
    static boolean headRebound(final CompiledRule compiled, final Supplier<ImportTable> snippetImports,
            final Supplier<NameScopes> snippetScopes, final CodeView code, final Match match) {
        return compiled.rule().origin() == RuleOrigin.LEARNED
                && compiled.matcher().pattern().element(0) instanceof Element.Literal head && head.name()
                && snippetImports.get().resolve(head.text()).isPresent()
                && snippetScopes.get().boundAt(head.text(), code.raw(match.start()));
    }

    /**
     * Whether a match may stand where it is: never on the name a {@code class} or {@code def} defines,
     * nor where the code calls a name the rule calls itself ({@link AddedCalls}),
     * nor, for a learned rule on any receiver, on {@code self} or {@code cls} its examples never had;
     * a learned rule's rewrite must keep the code valid Python ({@link SyntaxFit}) and write to a
     * match only where its examples did; a learned rule's bare name is no keyword argument's name;
     * a rule that makes an assignment needs a whole statement, so does a learned one that deletes
     * what it matches (its examples deleted statements), one whose pattern assigns a statement's
     * start, one that makes a keyword statement
     * ({@code raise}) a whole statement outside parentheses,
     * a rule without {@code import} in its pattern stays out of the module path of a {@code from}
     * import (a module path, not the attribute chain the rule was shown) and puts only a plain name
     * among the names it imports, a rule that adds a keyword argument skips calls that may pass it
     * already, a top-level-only rule
     * needs a statement at column 0 (an import one in function bodies will do),
     * and the names the rule's examples define themselves must be defined above the match.
     */
    static boolean placeAgrees(final CompiledRule compiled, final CodeView code, final Match match) {
        final boolean learned = compiled.rule().origin() == RuleOrigin.LEARNED;
        if (definedName(code, match) || ownMethod(compiled, code, match)
                || compiled.callsName() && match.end() < code.size() && code.isOp(match.end(), '(')
                || learned && (match.end() - match.start() == 1 && code.isKeywordName(match.start())
                        || !SyntaxFit.keeps(compiled, code, match)
                        || !compiled.rule().evidence().assigned() && storeTarget(code, match))
                || compiled.makesAssignment() && !wholeStatement(code, match)
                || learned && compiled.rule().template().isBlank() && !wholeStatement(code, match)
                || compiled.plan().assigns() && !startsStatement(code, match)
                || compiled.plan().makesKeywordStatement() && !bareStatement(code, match)
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
        if (evidence.topLevelOnly()) {
            final int start = match.start() - code.wrappingParens(match.start(), match.end());
            if (statementColumn(code, start) != 0 && !(compiled.matchesImports() && onlyInFunctions(code, start))) {
                return false;
            }
        }
        for (final String name : evidence.definedNames()) {
            if (!definedAbove(code, name, match.start())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the match is what an assignment, an augmented or annotated assignment or a {@code del}
     * statement writes to ({@code request.META[k] = v}, {@code request.META[k], x = v, w},
     * {@code request.META[k]: str = v}); a keyword argument or a default ({@code f(x=1)}) is not.
     */
    public static boolean storeTarget(final CodeView code, final Match match) {
        if (match.start() > 0 && code.textEquals(match.start() - 1, "del")) {
            return true;
        }
        final int next = match.end();
        if (next >= code.size() || code.kind(next) != TokenKind.OP) {
            return false;
        }
        if (augmentedAssignment(code, next)) {
            return true;
        }
        final boolean startsStatement = match.start() == 0 || code.isStatementEnd(match.start() - 1);
        if (startsStatement && (code.isOp(next, ':') || code.isOp(next, ',') && assignsLater(code, next))) {
            return !PythonSyntax.isKeyword(code.text(match.start()));
        }
        if (!code.isOp(next, '=')) {
            return false;
        }
        for (int c = match.start() - 1; c >= 0 && !code.isStatementEnd(c); c--) {
            if (code.isClosing(c) && code.partner(c) >= 0) {
                c = code.partner(c);
            } else if (code.isOpening(c) || code.textEquals(c, "lambda") || code.textEquals(c, "def")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the match is the whole value of an assignment to several targets ({@code a, b = m},
     * {@code (a, b) = m}, {@code a, *rest = m}): the code relies on the shape of what it returns.
     */
    public static boolean unpackedValue(final CodeView code, final Match match) {
        final int equals = match.start() - 1;
        if (equals < 1 || !code.isOp(equals, '=') || code.end(equals) - code.start(equals) != 1
                || match.end() < code.size() && !code.isStatementEnd(match.end())) {
            return false;
        }
        int first = equals - 1;
        while (first > 0 && !code.isStatementEnd(first - 1)) {
            first--;
        }
        for (int c = equals - 1; c >= first; c--) {
            if (code.isOp(c, ',') || code.isOp(c, '*')) {
                return true;
            }
            if (code.isClosing(c) && code.partner(c) >= first) {
                final int open = code.partner(c);
                if (open == first && !code.isOp(c, '}') && holdsTopComma(code, open, c)) {
                    return true;
                }
                c = open;
            }
        }
        return false;
    }

    /** Whether a comma stands directly inside the bracket pair {@code open}..{@code close}. */
    private static boolean holdsTopComma(final CodeView code, final int open, final int close) {
        for (int c = open + 1; c < close; c++) {
            if (code.isOp(c, ',')) {
                return true;
            }
            if (code.isOpening(c) && code.partner(c) > c) {
                c = code.partner(c);
            }
        }
        return false;
    }

    /** Whether operator token {@code c} is an augmented assignment ({@code +=}, {@code //=}, ...), not a comparison. */
    private static boolean augmentedAssignment(final CodeView code, final int c) {
        final CharSequence source = code.source();
        final int start = code.start(c);
        final int end = code.end(c);
        if (end - start < 2 || source.charAt(end - 1) != '=') {
            return false;
        }
        final char first = source.charAt(start);
        return !(end - start == 2 && (first == '=' || first == '<' || first == '>' || first == '!'));
    }

    /** Whether an {@code =} outside brackets follows {@code from} in its statement. */
    private static boolean assignsLater(final CodeView code, final int from) {
        for (int c = from; c < code.size() && !code.isStatementEnd(c); c++) {
            if (code.isOpening(c) && code.partner(c) > c) {
                c = code.partner(c);
            } else if (code.textEquals(c, "=")) {
                return true;
            }
        }
        return false;
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
            if (code.kind(c) == TokenKind.NAME && code.textEquals(c, "lambda")) {
                final int colon = code.lambdaColon(c);
                c = colon < 0 ? match.end() : colon; // its **k is a parameter, not a mapping unpacked
            } else if (code.textEquals(c, "**") && (code.isOp(c - 1, '(') || code.isOp(c - 1, ','))) {
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

    /**
     * The arguments in code tokens {@code [from, to)}, a run of a call's argument list: how many are
     * positional, the keywords passed, and whether one is unpacked with {@code *} or {@code **}.
     */
    public record RunArguments(int positionals, Set<String> keywords, boolean starred) {
    }

    /** The arguments a run of a call's argument list holds; commas inside brackets and lambda parameters do not split. */
    public static RunArguments runArguments(final CodeView code, final int from, final int to) {
        int positionals = 0;
        final Set<String> keywords = new TreeSet<>();
        boolean starred = false;
        boolean argumentStart = true;
        for (int c = from; c < to; c++) {
            if (code.isOp(c, ',')) {
                argumentStart = true;
                continue;
            }
            if (argumentStart) {
                argumentStart = false;
                if (code.isOp(c, '*') || code.textEquals(c, "**")) {
                    starred = true;
                } else if (code.kind(c) == TokenKind.NAME && c + 1 < to && code.isOp(c + 1, '=')) {
                    keywords.add(code.text(c));
                } else {
                    positionals++;
                }
            }
            if (code.kind(c) == TokenKind.NAME && code.textEquals(c, "lambda")) {
                final int colon = code.lambdaColon(c);
                c = colon < 0 ? to : colon;
            } else if (code.isOpening(c) && code.partner(c) > c) {
                c = code.partner(c);
            }
        }
        return new RunArguments(positionals, keywords, starred);
    }

    /**
     * Whether a learned rule that carries a call's argument list as a run and adds arguments after
     * it matched a run its examples never showed: more positional arguments than any of theirs, a
     * keyword none of them passed, or an unpacked {@code *args} / {@code **kwargs}
     * ({@code torch.load(f, pickle_module=dill)} for a rule shown {@code torch.load(f)} and
     * {@code torch.load(f, map_location=m)}, where the added {@code weights_only=True} is refused).
     */
    static boolean runUnlikeExamples(final CompiledRule compiled, final CodeView code, final Match match) {
        final Evidence evidence = compiled.rule().evidence();
        if (evidence.runPositionals() < 0) {
            return false;
        }
        final var pattern = compiled.matcher().pattern();
        for (int k = 0; k < pattern.size(); k++) {
            if (pattern.element(k) instanceof Element.Multi) {
                final RunArguments run = runArguments(code, match.elementStart()[k], match.elementEnd()[k]);
                return run.starred() || run.positionals() > evidence.runPositionals()
                        || !evidence.runKeywords().containsAll(run.keywords());
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
        return statement(code, match.start() - wrap, match.end() + wrap);
    }

    /** Whether code tokens {@code [start, end)} are one whole statement. */
    private static boolean statement(final CodeView code, final int start, final int end) {
        return (start == 0 || code.isStatementEnd(start - 1))
                && (end >= code.size() || code.isStatementEnd(end) || code.kind(end) == TokenKind.ENDMARKER);
    }

    /**
     * Whether the match starts a statement: a pattern that assigns matched after the statement's
     * start would take part of a longer target list ({@code a, b, _ = ...} for {@code $A1, _ = ...}).
     */
    private static boolean startsStatement(final CodeView code, final Match match) {
        return match.start() == 0 || code.isStatementEnd(match.start() - 1);
    }

    /** Whether the match is a whole statement, not in parentheses. */
    private static boolean bareStatement(final CodeView code, final Match match) {
        return statement(code, match.start(), match.end());
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

    /**
     * Whether the statement at code token {@code c} stands in a function body: the block around
     * it is a {@code def}, and each block around that, out to column 0, a {@code def} or a
     * {@code class}. An import there is the module's import made late; one under {@code if},
     * {@code try} or {@code else} may be a version's fallback.
     */
    static boolean onlyInFunctions(final CodeView code, final int c) {
        int column = column(code, c);
        boolean inFunction = false;
        for (int t = c - 1; t >= 0 && column > 0; t--) {
            if (t > 0 && !code.isStatementEnd(t - 1)) {
                continue;
            }
            final int at = column(code, t);
            if (at < column) {
                final boolean def = code.textEquals(t, "def")
                        || code.textEquals(t, "async") && t + 1 < code.size() && code.textEquals(t + 1, "def");
                if (!def && !(inFunction && code.textEquals(t, "class"))) {
                    return false;
                }
                inFunction = true;
                column = at;
            }
        }
        return column == 0;
    }

    /** The column of code token {@code c} on its line. */
    public static int column(final CodeView code, final int c) {
        return code.column(c);
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
