package io.apimigrate.rules;

import io.apimigrate.rules.match.AnchorIndex;
import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.CompiledRule;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.rules.python.ImportAlias;
import io.apimigrate.rules.python.ImportStatement;
import io.apimigrate.rules.python.ImportTable;
import io.apimigrate.rules.python.Imports;
import io.apimigrate.rules.python.NameScopes;
import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.TokenKind;
import io.apimigrate.rules.python.Tokens;
import io.apimigrate.rules.rewrite.EditSyntax;
import io.apimigrate.rules.rewrite.ImportEditor;
import io.apimigrate.rules.rewrite.MatchRewriter;
import io.apimigrate.rules.rewrite.RepeatedImports;
import io.apimigrate.rules.rewrite.TextEdit;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The engine's facade: compiled rules, matched through an anchor index, routed by confidence
 * and, when confident, rewritten. Thread-safe and immutable; build a new engine when the rules
 * change.
 */
public final class MigrationEngine implements Migrator {

    private static final int MAX_PASSES = 4;

    private final RuleSet rules;
    private final RoutingThresholds thresholds;
    private final AnchorIndex index;
    /**
     * Which of two overlapping matches is applied: one confident enough for a direct rewrite
     * first, then the longer (it saw more of the code: {@code from sklearn.qda import QDA} as an
     * import move rather than {@code QDA} as a rename), then the more confident.
     */
    private final Comparator<Found> strongestFirst;
    /** Whether any rule is learned: only learned rewrites are checked for names they leave unimported. */
    private final boolean anyLearned;
    /** Rules spelled the way a snippet's imports name their leading module. */
    private final Respellings respellings = new Respellings();
    /** The keywords each callee's learned rules edit, for rules on the callee's name alone. */
    private final SiblingKeywords siblingKeywords;
    /** The module paths the rules spell below each leading name. */
    private final SpelledPaths spelledPaths;
    /** The methods learned rules call on any receiver ({@link OwnMethods#method}). */
    private final Set<String> methodsOnAnyReceiver;
    /** Those of them that the code base being fixed defines itself ({@link OwnMethods}). */
    private final Set<String> definedMethods;
    /** The top-level package the code stands in, or empty when unknown ({@link OwnLibrary}). */
    private final String ownPackage;

    private MigrationEngine(final RuleSet rules, final RoutingThresholds thresholds, final AnchorIndex index,
            final SiblingKeywords siblingKeywords, final SpelledPaths spelledPaths, final Set<String> methodsOnAnyReceiver,
            final Set<String> definedMethods, final String ownPackage) {
        this.rules = rules;
        this.thresholds = thresholds;
        this.index = index;
        this.siblingKeywords = siblingKeywords;
        this.spelledPaths = spelledPaths;
        this.methodsOnAnyReceiver = methodsOnAnyReceiver;
        this.definedMethods = definedMethods;
        this.ownPackage = ownPackage;
        this.strongestFirst = this::compareStrength;
        this.anyLearned = rules.rules().stream().anyMatch(r -> r.origin() == RuleOrigin.LEARNED);
    }

    /**
     * Compiles the rules into an engine that routes with the given thresholds.
     *
     * @throws IllegalArgumentException when a rule does not compile; the message names the rule
     */
    public static MigrationEngine of(final RuleSet rules, final RoutingThresholds thresholds) {
        final List<CompiledRule> compiled = new ArrayList<>(rules.size());
        for (final Rule rule : rules.rules()) {
            try {
                compiled.addAll(CompiledRule.inEveryOrder(rule));
            } catch (final IllegalArgumentException e) {
                throw new IllegalArgumentException("rule " + rule.id() + ": " + e.getMessage(), e);
            }
        }
        final Set<String> methods = new TreeSet<>();
        for (final CompiledRule rule : compiled) {
            final String method = OwnMethods.method(rule);
            if (method != null) {
                methods.add(method);
            }
        }
        return new MigrationEngine(rules, thresholds, AnchorIndex.of(compiled), SiblingKeywords.of(compiled),
                SpelledPaths.of(compiled), Set.copyOf(methods), Set.of(), "");
    }

    /**
     * The same engine for a code base that defines these methods itself: a learned rule's match that
     * calls one of them on a receiver the file does not import is no direct answer ({@link OwnMethods}).
     */
    public MigrationEngine definingMethods(final Set<String> methods) {
        final Set<String> defined = new TreeSet<>(methods);
        defined.retainAll(methodsOnAnyReceiver);
        return new MigrationEngine(rules, thresholds, index, siblingKeywords, spelledPaths, methodsOnAnyReceiver,
                Set.copyOf(defined), ownPackage);
    }

    /**
     * The same engine for code inside the top-level package {@code name} ({@code numpy} for
     * {@code numpy/_core/tests/test_api.py}): a learned rule of that package is no direct answer there
     * ({@link OwnLibrary}).
     */
    public MigrationEngine withinPackage(final String name) {
        return name.equals(ownPackage) ? this
                : new MigrationEngine(rules, thresholds, index, siblingKeywords, spelledPaths, methodsOnAnyReceiver,
                        definedMethods, name);
    }

    /** Whether some rule is anchored on the text {@code source[start, end)}: a token worth matching around. */
    public boolean anchors(final CharSequence source, final int start, final int end) {
        return index.lookup(source, start, end).length > 0;
    }

    /** The methods that learned rules call on any receiver: those {@link #definingMethods} can hold back. */
    public Set<String> methodsOnAnyReceiver() {
        return methodsOnAnyReceiver;
    }

    /** Which of {@link #methodsOnAnyReceiver} a {@code def} in the UTF-8 source defines. */
    public Set<String> methodsDefinedIn(final byte[] utf8) {
        return methodsOnAnyReceiver.isEmpty() ? Set.of() : OwnMethods.definedIn(utf8, utf8.length, methodsOnAnyReceiver);
    }

    /**
     * Matches, routes and, when confident, rewrites one snippet. The route follows the weakest of
     * the matches that would be applied (overlapping weaker matches give way to stronger ones).
     */
    @Override
    public Decision migrate(final String code) {
        final AnchorHits hits = new AnchorHits();
        final List<Found> found = index.mayMatch(code) ? find(code, new CodeView(PythonLexer.lex(code)), hits) : List.of();
        if (found.isEmpty()) {
            return Decision.unchanged(code);
        }
        double confidence = 1.0;
        boolean allSafe = true;
        for (final Found f : selectNonOverlapping(found)) {
            confidence = Math.min(confidence, f.confidence());
            allSafe &= f.rule().rule().safe();
        }
        final Strategy strategy = allSafe ? thresholds.route(confidence)
                : thresholds.route(Math.min(confidence, Math.nextDown(thresholds.direct())));
        final String library = best(found).rule().rule().library();
        if (strategy == Strategy.DIRECT_RULE && missesSome(found)) {
            return guidedInstead(code, found, confidence, library);
        }
        if (strategy == Strategy.DIRECT_RULE) {
            final Set<String> applied = new LinkedHashSet<>();
            final Fixpoint result = rewriteToFixpoint(code, found, hits, applied, Set.of());
            if (result.unsure() || breaksSyntax(found.get(0).view().tokens(), code, result)
                    || !unimportedBy(found, applied, result.output()).isEmpty()) {
                return guidedInstead(code, found, confidence, library);
            }
            return new Decision(Strategy.DIRECT_RULE, confidence, result.output(), List.copyOf(applied), List.of(),
                    library);
        }
        final List<RuleHint> hints = hints(code, found);
        final List<String> ids = hints.stream().map(RuleHint::ruleId).toList();
        return new Decision(strategy, confidence, code, ids, hints, library);
    }

    /**
     * Applies only the matches confident and safe enough for {@link Strategy#DIRECT_RULE}, leaving
     * the rest of the code as it is: what {@code fix} does to whole files. A learned rule whose
     * rewrite would use a name the file does not import ({@link UnshownRewrites#unimported}) is
     * left out.
     */
    public ConfidentRewrite rewriteConfident(final String code) {
        return index.mayMatch(code) ? rewriteConfident(code, null) : new ConfidentRewrite(code, List.of());
    }

    /**
     * {@link #rewriteConfident} on a file's UTF-8 bytes: empty, without decoding them, when they
     * cannot match (most files of a large tree).
     *
     * @throws CharacterCodingException when bytes that may match are not UTF-8
     */
    public Optional<ConfidentRewrite> rewriteConfidentUtf8(final byte[] utf8) throws CharacterCodingException {
        final int[] words = index.anchorWordsUtf8(utf8, utf8.length);
        if (words != null && words.length == 0) {
            return Optional.empty();
        }
        final String code = decode(utf8);
        // in ASCII text byte offsets are char offsets: only the anchor words need a look
        return Optional.of(rewriteConfident(code, code.length() == utf8.length ? words : null));
    }

    /** Strict UTF-8 decoding; the fast lenient decoder first, which marks bad input with U+FFFD. */
    private static String decode(final byte[] utf8) throws CharacterCodingException {
        final String text = new String(utf8, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8)).toString();
    }

    /**
     * {@link #rewriteConfident(String)}; {@code anchorWords} are the char offsets of the only
     * words that can be anchors ({@link AnchorIndex#anchorWordsUtf8}), or null to look everywhere.
     */
    private ConfidentRewrite rewriteConfident(final String code, final int[] anchorWords) {
        final Set<String> applied = new LinkedHashSet<>();
        final AnchorHits hits = new AnchorHits();
        final List<Found> found = anchorWords != null ? find(new CodeView(PythonLexer.lex(code)), hits, anchorWords)
                : find(code, new CodeView(PythonLexer.lex(code)), hits);
        if (found.isEmpty()) {
            return new ConfidentRewrite(code, List.of());
        }
        final Fixpoint result = rewriteToFixpoint(code, found, hits, applied, Set.of());
        final Set<String> unimported = unimportedBy(found, applied, result.output());
        if (unimported.isEmpty()) {
            return breaksSyntax(found.get(0).view().tokens(), code, result) ? new ConfidentRewrite(code, List.of())
                    : new ConfidentRewrite(result.output(), List.copyOf(applied));
        }
        applied.clear();
        final Fixpoint without = rewriteToFixpoint(code, found, hits, applied, unimported);
        if (breaksSyntax(found.get(0).view().tokens(), code, without)
                || !unimportedBy(found, applied, without.output()).isEmpty()) {
            return new ConfidentRewrite(code, List.of());
        }
        return new ConfidentRewrite(without.output(), List.copyOf(applied));
    }

    /** A snippet confident enough for a direct answer that the engine still cannot answer alone. */
    private Decision guidedInstead(final String code, final List<Found> found, final double confidence,
            final String library) {
        final List<RuleHint> hints = hints(code, found);
        return new Decision(Strategy.RULE_GUIDED, Math.min(confidence, Math.nextDown(thresholds.direct())), code,
                hints.stream().map(RuleHint::ruleId).toList(), hints, library);
    }

    /** Whether a rule that matched also has a near miss in the snippet ({@link NearMisses}). */
    private static boolean missesSome(final List<Found> found) {
        final CodeView view = found.get(0).view();
        for (final Found f : found) {
            if (!f.rule().keywords().isEmpty() && NearMisses.any(f.rule(), view,
                    found.stream().filter(g -> sameRule(g, f)).map(Found::match).toList())) {
                return true;
            }
        }
        return false;
    }

    /** Whether two matches are of one stored rule (in one order of its keyword arguments or another). */
    private static boolean sameRule(final Found a, final Found b) {
        return a.rule().id().equals(b.rule().id());
    }

    /** A rewrite that leaves unreadable tokens or unbalanced brackets where the input had none is refused. */
    private static boolean breaksSyntax(final Tokens input, final String code, final Fixpoint result) {
        return !result.output().equals(code) && result.outputTokens() != null && input.clean()
                && !result.outputTokens().clean();
    }

    /** Every rule match in the snippet, in source order, with its confidence; for explanations. */
    public List<RuleMatch> matches(final String code) {
        final List<Found> found = new ArrayList<>(find(code));
        if (found.isEmpty()) {
            return List.of();
        }
        final CodeView view = new CodeView(PythonLexer.lex(code));
        found.sort(Comparator.comparingInt(f -> f.match().start()));
        final List<RuleMatch> out = new ArrayList<>(found.size());
        for (final Found f : found) {
            out.add(new RuleMatch(f.rule().id(), f.confidence(), view.start(f.match().start()),
                    view.end(f.match().end() - 1)));
        }
        return out;
    }

    /**
     * Applies every confident match, pass after pass, until nothing changes or no anchor word is
     * left. The output is lexed after each pass, for the next pass and the syntax check, unless
     * the first pass provably settles it ({@link #leftToLook}); when it provably leaves only the
     * anchor words its edits wrote, the second pass looks at those only. A later pass notes the
     * matches it does not apply.
     */
    private Fixpoint rewriteToFixpoint(final String code, final List<Found> firstPass, final AnchorHits hits,
            final Set<String> applied, final Set<String> excluded) {
        String current = code;
        Tokens tokens = firstPass.get(0).view().tokens();
        boolean unsure = false;
        int[] leftToLook = null;
        List<Written> written = List.of();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            final List<Found> found = pass == 0 ? firstPass
                    : pass == 1 && leftToLook != null ? find(new CodeView(tokens), null, leftToLook)
                    : find(current, new CodeView(tokens), null);
            final List<Found> chosen = new ArrayList<>();
            for (final Found f : found) {
                if (onAnotherLibrarysText(written, f)) {
                    continue;
                }
                if (!f.rule().addedKeywords().isEmpty() && readdsRemovedKeyword(written, f)) {
                    unsure = true;
                    continue;
                }
                if (f.confidence() >= thresholds.direct() && f.rule().rule().safe() && !excluded.contains(f.rule().id())) {
                    chosen.add(f);
                } else if (pass > 0) {
                    unsure = true;
                }
            }
            final Pass step = applyPass(current, selectNonOverlapping(chosen), applied);
            if (step.output().equals(current)) {
                break;
            }
            if (pass == 0) {
                leftToLook = leftToLook(firstPass.get(0).view(), hits, step);
                if (leftToLook != null && leftToLook.length == 0) {
                    return new Fixpoint(withoutRepeatedImports(step), null, false);
                }
            }
            written = written(written, step, current);
            current = step.output();
            tokens = PythonLexer.lex(current);
            if (pass > 0 || leftToLook == null) {
                if (!index.mayMatch(current)) {
                    break;
                }
            }
        }
        final String tidy = withoutRepeatedImports(current, written);
        return new Fixpoint(tidy, tidy.equals(current) ? tokens : PythonLexer.lex(tidy), unsure);
    }

    /** The output without the names its edits wrote into imports that the code already has ({@link RepeatedImports}). */
    private static String withoutRepeatedImports(final String output, final List<Written> written) {
        boolean any = false;
        for (int i = 0; i < written.size() && !any; i++) {
            any = RepeatedImports.mayWriteImport(output, written.get(i).start(), written.get(i).end());
        }
        if (!any) {
            return output;
        }
        final int[] from = new int[written.size()];
        final int[] to = new int[written.size()];
        for (int i = 0; i < from.length; i++) {
            from[i] = written.get(i).start();
            to[i] = written.get(i).end();
        }
        return RepeatedImports.drop(output, from, to);
    }

    /** {@link #withoutRepeatedImports(String, List)} for the output of one pass. */
    private static String withoutRepeatedImports(final Pass step) {
        boolean any = false;
        for (int i = 0; i < step.edits().size() && !any; i++) {
            final int start = step.outputStarts()[i];
            any = RepeatedImports.mayWriteImport(step.output(), start, start + step.edits().get(i).replacement().length());
        }
        if (!any) {
            return step.output();
        }
        final int[] from = step.outputStarts();
        final int[] to = new int[step.edits().size()];
        for (int i = 0; i < to.length; i++) {
            to[i] = from[i] + step.edits().get(i).replacement().length();
        }
        return RepeatedImports.drop(step.output(), Arrays.copyOf(from, to.length), to);
    }

    /**
     * What a further pass must look at after one pass of edits that keeps the code's token
     * structure ({@link EditSyntax#keepsStructure} for each edit, no import added) and leaves no
     * anchor token of the input outside its edits: only the anchor words the edits wrote, as
     * char offsets in the output. Empty when there are none: the pass settles the code, which
     * need not be lexed again. Null when the whole output must be looked at.
     */
    private int[] leftToLook(final CodeView input, final AnchorHits hits, final Pass step) {
        if (!step.complete()) {
            return null;
        }
        final List<TextEdit> edits = step.edits();
        int e = 0;
        for (int h = 0; h < hits.count; h++) {
            final int start = input.start(hits.at[h]);
            while (e < edits.size() && edits.get(e).end() <= start) {
                e++;
            }
            if (e == edits.size() || edits.get(e).start() > start || edits.get(e).end() < input.end(hits.at[h])) {
                return null;
            }
        }
        final CharSequence source = input.source();
        int[] left = new int[0];
        for (int i = 0; i < edits.size(); i++) {
            final TextEdit edit = edits.get(i);
            final int at = step.outputStarts()[i];
            if (!EditSyntax.keepsStructure(source.subSequence(edit.start(), edit.end()), step.output(), at,
                    at + edit.replacement().length())) {
                return null;
            }
            final int[] words = index.anchorWords(edit.replacement());
            if (words == null) {
                return null;
            }
            if (words.length > 0) {
                final int from = left.length;
                left = Arrays.copyOf(left, from + words.length);
                for (int w = 0; w < words.length; w++) {
                    left[from + w] = at + words[w];
                }
            }
        }
        return left;
    }

    /**
     * The rewritten code and its tokens (null when the first pass settled it without lexing), and
     * whether a rewrite revealed a match not confident enough to apply: the code is then only
     * partly migrated ({@code class C(object, six.Iterator)} loses {@code object}, and then
     * {@code six.Iterator} matches a rule below the direct threshold).
     */
    private record Fixpoint(String output, Tokens outputTokens, boolean unsure) {
    }

    /**
     * One pass of edits: the output, the edits applied in source order, where each replacement
     * starts in the output, and whether that is all (no edit given way to an overlapping one, no
     * import added).
     */
    private record Pass(String output, List<TextEdit> edits, int[] outputStarts, List<String> libraries,
            boolean complete, int importsAt, int importsLength) {
    }

    /** One edit and the library of the rule that made it. */
    private record LibraryEdit(TextEdit edit, String library) {
    }

    /**
     * Text an earlier pass of the fixpoint wrote, in the current text's char offsets, the library of
     * the rule that wrote it and the text it replaced.
     */
    private record Written(int start, int end, String library, String replaced) {
    }

    private String apply(final String code, final List<Found> chosen, final Set<String> applied) {
        return applyPass(code, chosen, applied).output();
    }

    private Pass applyPass(final String code, final List<Found> chosen, final Set<String> applied) {
        if (chosen.isEmpty()) {
            return new Pass(code, List.of(), new int[0], List.of(), true, 0, 0);
        }
        final CodeView view = chosen.get(0).view();
        final List<LibraryEdit> edits = new ArrayList<>(chosen.size());
        final List<String> imports = new ArrayList<>();
        for (final Found f : chosen) {
            edits.add(new LibraryEdit(MatchRewriter.edit(f.rule().plan(), view, f.match()), f.rule().rule().library()));
            imports.addAll(MatchRewriter.imports(f.rule().plan(), f.rule().rule().imports().add(), view, f.match()));
            applied.add(f.rule().id());
        }
        edits.sort(Comparator.comparingInt((LibraryEdit e) -> e.edit().start()).thenComparingInt(e -> e.edit().end()));
        final StringBuilder out = new StringBuilder(code.length() + 32);
        final int[] starts = new int[edits.size()];
        final List<TextEdit> placedEdits = new ArrayList<>(edits.size());
        final List<String> libraries = new ArrayList<>(edits.size());
        int at = 0;
        for (final LibraryEdit e : edits) {
            final TextEdit edit = e.edit();
            if (edit.start() < at) {
                continue;
            }
            out.append(code, at, edit.start());
            starts[placedEdits.size()] = out.length();
            placedEdits.add(edit);
            libraries.add(e.library());
            out.append(edit.replacement());
            at = edit.end();
        }
        out.append(code, at, code.length());
        final boolean complete = placedEdits.size() == edits.size() && imports.isEmpty();
        final String edited = out.toString();
        if (imports.isEmpty()) {
            return new Pass(edited, placedEdits, starts, libraries, complete, 0, 0);
        }
        final String text = ImportEditor.ensure(edited, imports);
        int importsAt = 0;
        while (importsAt < edited.length() && importsAt < text.length() && edited.charAt(importsAt) == text.charAt(importsAt)) {
            importsAt++;
        }
        return new Pass(text, placedEdits, starts, libraries, complete, importsAt, text.length() - edited.length());
    }

    /**
     * The text written so far, after one more pass: earlier stretches shifted by the pass's edits
     * (dropped where an edit replaced them), the pass's own replacements added, and all moved by
     * the import lines it inserted.
     */
    private static List<Written> written(final List<Written> before, final Pass step, final String input) {
        final List<Written> out = new ArrayList<>();
        for (final Written w : before) {
            int shift = 0;
            boolean replaced = false;
            for (final TextEdit edit : step.edits()) {
                if (edit.end() <= w.start()) {
                    shift += edit.replacement().length() - (edit.end() - edit.start());
                } else if (edit.start() < w.end()) {
                    replaced = true;
                }
            }
            if (!replaced) {
                out.add(new Written(w.start() + shift, w.end() + shift, w.library(), w.replaced()));
            }
        }
        for (int i = 0; i < step.edits().size(); i++) {
            final int at = step.outputStarts()[i];
            final TextEdit edit = step.edits().get(i);
            out.add(new Written(at, at + edit.replacement().length(), step.libraries().get(i),
                    input.substring(edit.start(), edit.end())));
        }
        if (step.importsLength() == 0) {
            return out;
        }
        final List<Written> moved = new ArrayList<>(out.size());
        for (final Written w : out) {
            moved.add(w.start() >= step.importsAt()
                    ? new Written(w.start() + step.importsLength(), w.end() + step.importsLength(), w.library(),
                            w.replaced()) : w);
        }
        return moved;
    }

    /**
     * Whether the match stands on text an earlier pass wrote for another library's rule: a rule
     * of one library does not rewrite another's output ({@code r.as_dcm()} -> {@code r.as_matrix()}
     * for scipy is not pandas' {@code df.as_matrix()}).
     */
    private static boolean onAnotherLibrarysText(final List<Written> written, final Found f) {
        if (written.isEmpty()) {
            return false;
        }
        final int from = f.view().start(f.match().start());
        final int to = f.view().end(f.match().end() - 1);
        final String library = f.rule().rule().library();
        for (final Written w : written) {
            if (w.start() < to && from < w.end() && !w.library().isEmpty() && !library.isEmpty()
                    && !w.library().equals(library)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the match covers an earlier pass's edit that took out a keyword the rule adds: the two
     * rules then compose in a way no example showed ({@code send_mail(..., True, fail_silently=False)}
     * loses the keyword, then its positional {@code True} becomes {@code fail_silently=True}), so
     * the snippet is not answered directly.
     */
    private static boolean readdsRemovedKeyword(final List<Written> written, final Found f) {
        final int from = f.view().start(f.match().start());
        final int to = f.view().end(f.match().end() - 1);
        for (final Written w : written) {
            if (w.start() <= to && from <= w.end()) {
                for (final String keyword : f.rule().addedKeywords()) {
                    if (w.replaced().matches("(?s).*(?<![A-Za-z0-9_])" + keyword + "\\s*=(?!=).*")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private List<RuleHint> hints(final String code, final List<Found> found) {
        final List<Found> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingDouble(Found::confidence).reversed());
        final List<RuleHint> hints = new ArrayList<>();
        final Set<String> seen = new LinkedHashSet<>();
        for (final Found f : ordered) {
            if (!seen.add(f.rule().id())) {
                continue;
            }
            final List<Found> same = found.stream().filter(g -> sameRule(g, f)).toList();
            final String proposed = apply(code, selectNonOverlapping(same), new LinkedHashSet<>());
            final Rule rule = f.rule().rule();
            hints.add(new RuleHint(rule.id(), rule.library(), rule.oldApi(), rule.newApi(), rule.pattern(),
                    rule.template(), proposed, f.confidence()));
        }
        return hints;
    }

    /** Every match of every rule in the snippet, with its confidence. */
    private List<Found> find(final String code) {
        return index.mayMatch(code) ? find(code, new CodeView(PythonLexer.lex(code)), null) : List.of();
    }

    /**
     * Every match of every rule in the lexed snippet, with its confidence; the code tokens that
     * had candidate rules go to {@code hits} when it is not null.
     */
    private List<Found> find(final String code, final CodeView view, final AnchorHits hits) {
        final Finds finds = new Finds(view, hits);
        for (int c = 0; c < view.size(); c++) {
            final TokenKind kind = view.kind(c);
            if (kind != TokenKind.NAME && kind != TokenKind.OP && kind != TokenKind.STRING
                    || !index.mayAnchor(kind == TokenKind.NAME, view.end(c) - view.start(c))
                    || kind == TokenKind.NAME && !index.mayStartName(view.source().charAt(view.start(c)))) {
                continue;
            }
            finds.at(c);
        }
        return finds.found();
    }

    /** {@link #find(String, CodeView, AnchorHits)} over the name tokens that start at the given char offsets only. */
    private List<Found> find(final CodeView view, final AnchorHits hits, final int[] anchorWords) {
        final Finds finds = new Finds(view, hits);
        for (final int offset : anchorWords) {
            final int c = view.tokenStartingAt(offset);
            if (c >= 0 && view.kind(c) == TokenKind.NAME) {
                finds.at(c);
            }
        }
        return finds.found();
    }

    /** The matches found so far in one lexed snippet. */
    private final class Finds {
        private final CodeView view;
        private final AnchorHits hits;
        private List<Found> found;
        private SnippetImports imports;
        private Respellings.InSnippet respelled;
        /** The methods the snippet defines itself, read on first use ({@link OwnMethods}). */
        private Set<String> ownMethods;

        Finds(final CodeView view, final AnchorHits hits) {
            this.view = view;
            this.hits = hits;
        }

        /** Matches every rule anchored on code token {@code c} there. */
        void at(final int c) {
            final CompiledRule[] candidates = index.lookup(view.source(), view.start(c), view.end(c));
            if (hits != null && candidates.length > 0) {
                hits.add(c);
            }
            for (final CompiledRule candidate : candidates) {
                CompiledRule rule = candidate;
                boolean withinModule = false;
                Match match = rule.matcher().matchAt(view, c);
                if (match == null && Respellings.respellable(candidate)) {
                    for (final Respellings.Respelled variant : respelled().variants(candidate)) {
                        match = variant.rule().matcher().matchAt(view, c);
                        if (match != null) {
                            rule = EvidenceCheck.fromImportPart(view, match.start()) == EvidenceCheck.FromImportPart.NAMES
                                    ? variant.inImportList() : variant.rule();
                            withinModule = variant.withinModule();
                            break;
                        }
                    }
                }
                if (match == null) {
                    continue;
                }
                if (found == null) {
                    found = new ArrayList<>(4);
                }
                final SnippetImports imports = imports();
                if (!EvidenceCheck.bindingAgrees(rule, imports, imports::bindings, spelledPaths)
                        || !OtherLibraryCode.receiverAgrees(rule, view, match, imports)
                        || !EvidenceCheck.placeAgrees(rule, view, match)) {
                    continue;
                }
                final double confidence = placed(rule, view, match,
                        EvidenceCheck.confidence(rule, view, match, imports, spelledPaths), imports, withinModule);
                found.add(new Found(rule, match, confidence >= thresholds.direct()
                        && OwnMethods.shadowed(rule, view, match, imports, definedMethods, this::ownMethods)
                        ? Math.nextDown(thresholds.direct()) : confidence, view));
            }
        }

        List<Found> found() {
            return found == null ? List.of() : contested(found);
        }

        private Respellings.InSnippet respelled() {
            if (respelled == null) {
                respelled = respellings.in(imports().get());
            }
            return respelled;
        }

        private Set<String> ownMethods() {
            if (ownMethods == null) {
                ownMethods = OwnMethods.definedIn(view);
            }
            return ownMethods;
        }

        private SnippetImports imports() {
            if (imports == null) {
                imports = new SnippetImports(view.tokens());
            }
            return imports;
        }
    }

    /**
     * The matches, each learned one confident enough for a direct rewrite kept below the threshold
     * where a longer match of another rule, confident enough to guide the generator, holds it and
     * rewrites the code otherwise
     * ({@code torch.cuda.amp.GradScaler} -> {@code torch.amp.GradScaler} inside
     * {@code torch.cuda.amp.GradScaler()} -> {@code torch.amp.GradScaler("cuda")}): the rules
     * disagree there, and the shorter one may be only part of the change.
     */
    private List<Found> contested(final List<Found> found) {
        if (found.size() < 2) {
            return found;
        }
        final List<Found> guiding = new ArrayList<>();
        for (final Found g : found) {
            if (g.confidence() < thresholds.direct() && g.confidence() >= thresholds.guided()) {
                guiding.add(g);
            }
        }
        if (guiding.isEmpty()) {
            return found;
        }
        List<Found> out = found;
        for (int i = 0; i < found.size(); i++) {
            final Found f = found.get(i);
            if (f.confidence() < thresholds.direct() || f.rule().rule().origin() != RuleOrigin.LEARNED) {
                continue;
            }
            for (final Found g : guiding) {
                if (!sameRule(g, f) && holds(g.match(), f.match())
                        && !apply(f.view().source().toString(), List.of(g), new LinkedHashSet<>())
                                .equals(apply(f.view().source().toString(), List.of(f), new LinkedHashSet<>()))) {
                    out = out == found ? new ArrayList<>(found) : out;
                    out.set(i, new Found(f.rule(), f.match(), Math.nextDown(thresholds.direct()), f.view()));
                    break;
                }
            }
        }
        return out;
    }

    /** Whether {@code outer} covers {@code inner} and more. */
    private static boolean holds(final Match outer, final Match inner) {
        return outer.start() <= inner.start() && outer.end() >= inner.end()
                && outer.end() - outer.start() > inner.end() - inner.start();
    }

    /**
     * The match's confidence, kept below the direct threshold where {@link UnshownRewrites#place}
     * says so, where the call leaves a keyword behind that another rule of its callee edits
     * ({@link SiblingKeywords#leftBehind}), where the snippet rebinds the name it imports as the rule's leading name
     * ({@link EvidenceCheck#headRebound}), where the snippet imports the rule's leading name or the match's receiver from elsewhere
     * ({@link OtherLibraryCode#headImportedElsewhere}, {@link OtherLibraryCode#receiverImportedElsewhere}),
     * where it is another library's code
     * ({@link OtherLibraryCode#anotherLibrarysCode}, {@link OtherLibraryCode#anyCall}),
     * or where the snippet unpacks the match's value and the examples of a learned rule never did
     * ({@link EvidenceCheck#unpackedValue}: {@code sorted_idx, _ = index.sortlevel(0)}), or where a
     * carried argument list is one its examples never showed ({@link EvidenceCheck#runUnlikeExamples}),
     * or where a callee given another name is passed a keyword, or more positional arguments, than its
     * examples passed ({@link RenamedCallee#unshownArguments}: {@code tf.image.resize_images(x, s, align_corners=True)}),
     * or where a value its examples never showed as a string is a parameter with a string default
     * ({@link StringParameters#bound}: {@code torch.norm(x, p=norm_ord)} in {@code def f(x, norm_ord="fro")}),
     * or where a learned template unpacks a value its pattern bound whole ({@link CompiledRule#unpacksWhole}),
     * or where an import the rewrite adds would rebind a name the snippet imports otherwise
     * ({@link ImportEditor#rebinds}: {@code import datetime} beside {@code from datetime import datetime}),
     * or where the code already switches between the old API and the learned rule's replacement
     * ({@link CompatBranches#fallback}: the {@code else} of {@code if hasattr(fig, "set_layout_engine")}),
     * or where it stands in the {@code except ImportError} of a {@code try} that imports from the learned
     * rule's package ({@link ImportFallbacks}: code for the versions that lack the import), or where the
     * code is the learned rule's own package ({@link OwnLibrary}: NumPy's tests of {@code copy=False}), or where
     * a learned template names a qualifier the snippet imports as a module the rules spell inside it
     * ({@link SpelledPaths#templateNamesInside}: {@code tf.compat.v1...} under {@code import tensorflow.compat.v1 as tf}).
     */
    private double placed(final CompiledRule rule, final CodeView view, final Match match, final double confidence,
            final SnippetImports imports, final boolean withinModule) {
        return confidence >= thresholds.direct() && (UnshownRewrites.place(rule, view, match, withinModule)
                || siblingKeywords.leftBehind(rule, view, match)
                || EvidenceCheck.headRebound(rule, imports, imports::scopes, view, match)
                || OtherLibraryCode.headImportedElsewhere(rule, imports)
                || OtherLibraryCode.receiverImportedElsewhere(rule, view, match, imports)
                || OtherLibraryCode.anotherLibrarysCode(rule, imports)
                || OtherLibraryCode.anyCall(rule)
                || rule.rule().origin() == RuleOrigin.LEARNED && !rule.rule().evidence().unpacked()
                        && EvidenceCheck.unpackedValue(view, match)
                || EvidenceCheck.runUnlikeExamples(rule, view, match)
                || RenamedCallee.unshownArguments(rule, view, match)
                || StringParameters.bound(rule, view, match, imports::scopes)
                || movesOtherImportedNames(rule, view, match, imports)
                || rule.rule().origin() == RuleOrigin.LEARNED && rule.unpacksWhole()
                || rule.rule().origin() == RuleOrigin.LEARNED && CompatBranches.fallback(rule, view, match)
                || rule.rule().origin() == RuleOrigin.LEARNED && imports.fallbacks(view).guards(rule, view.start(match.start()))
                || rule.rule().origin() == RuleOrigin.LEARNED && OwnLibrary.is(rule, ownPackage)
                || rule.rule().origin() == RuleOrigin.LEARNED
                        && spelledPaths.templateNamesInside(rule.rule().template(), imports)
                || importRebinds(rule, view, match, imports))
                ? Math.nextDown(thresholds.direct()) : confidence;
    }

    /**
     * Whether a learned import rule that moves a name to another module matched a {@code from}
     * import that also imports names no rule moves the same way: the rewrite moves the whole
     * statement ({@code from sklearn.cross_validation import train_test_split, Bootstrap}), and
     * whether the other names live in the new module is not shown. Each other name is checked as its
     * own import statement, {@code from M import N}, which must get the same new module directly.
     */
    private boolean movesOtherImportedNames(final CompiledRule rule, final CodeView view, final Match match,
            final SnippetImports imports) {
        if (rule.rule().origin() != RuleOrigin.LEARNED || !rule.matchesImports()) {
            return false;
        }
        final int offset = view.start(match.start());
        for (final ImportStatement statement : imports.get().statements()) {
            if (!statement.from() || statement.startOffset() > offset || offset >= statement.endOffset()
                    || statement.names().size() < 2 || statement.module().isEmpty()) {
                continue;
            }
            final Set<String> matched = new TreeSet<>();
            for (int c = match.start(); c < match.end(); c++) {
                if (view.kind(c) == TokenKind.NAME) {
                    matched.add(view.text(c));
                }
            }
            final List<String> others = new ArrayList<>();
            String moved = null;
            for (final ImportAlias alias : statement.names()) {
                if (moved == null && matched.contains(alias.name())) {
                    moved = alias.name();
                } else {
                    others.add(alias.name());
                }
            }
            final String newModule = moved == null ? null : movedTo(statement.module(), moved);
            if (newModule == null || newModule.equals(statement.module())) {
                return false;
            }
            for (final String other : others) {
                if (!newModule.equals(movedTo(statement.module(), other))) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** The module a direct answer moves {@code from module import name} to, or null when it gives none. */
    private String movedTo(final String module, final String name) {
        final String single = "from " + module + " import " + name + "\n";
        final Decision decision = migrate(single);
        if (decision.strategy() != Strategy.DIRECT_RULE) {
            return null;
        }
        final String prefix = "from ";
        final String suffix = " import " + name + "\n";
        final String out = decision.output();
        return out.startsWith(prefix) && out.endsWith(suffix) ? out.substring(prefix.length(), out.length() - suffix.length())
                : null;
    }

    private static boolean importRebinds(final CompiledRule rule, final CodeView view, final Match match,
            final SnippetImports imports) {
        if (rule.rule().imports().add().isEmpty()) {
            return false;
        }
        for (final String line : MatchRewriter.imports(rule.plan(), rule.rule().imports().add(), view, match)) {
            if (ImportEditor.rebinds(imports.get(), line)) {
                return true;
            }
        }
        return false;
    }

    private int compareStrength(final Found a, final Found b) {
        final boolean aDirect = a.confidence() >= thresholds.direct();
        if (aDirect != (b.confidence() >= thresholds.direct())) {
            return aDirect ? -1 : 1;
        }
        final int byLength = Integer.compare(b.match().end() - b.match().start(), a.match().end() - a.match().start());
        if (byLength != 0) {
            return byLength;
        }
        final int byConfidence = Double.compare(b.confidence(), a.confidence());
        return byConfidence != 0 ? byConfidence : Integer.compare(a.match().start(), b.match().start());
    }

    /** The applied rules whose rewrite uses a name the output does not import ({@link UnshownRewrites#unimported}). */
    private Set<String> unimportedBy(final List<Found> found, final Set<String> applied, final String output) {
        if (!anyLearned) {
            return Set.of();
        }
        final List<CompiledRule> rules = new ArrayList<>();
        for (final Found f : found) {
            if (applied.contains(f.rule().id()) && !rules.contains(f.rule())) {
                rules.add(f.rule());
            }
        }
        return UnshownRewrites.unimported(rules, found.get(0).view().tokens(), output);
    }

    private static Found best(final List<Found> found) {
        Found best = found.get(0);
        for (final Found f : found) {
            if (f.confidence() > best.confidence()) {
                best = f;
            }
        }
        return best;
    }

    /** The matches in {@link #strongestFirst} order, each excluding those it overlaps. */
    private List<Found> selectNonOverlapping(final List<Found> found) {
        if (found.size() <= 1) {
            return found;
        }
        final List<Found> ordered = new ArrayList<>(found);
        ordered.sort(strongestFirst);
        final List<Found> chosen = new ArrayList<>();
        final TreeMap<Integer, Integer> taken = new TreeMap<>();
        for (final Found f : ordered) {
            final var before = taken.floorEntry(f.match().start());
            if (before != null && before.getValue() > f.match().start()) {
                continue;
            }
            final var after = taken.ceilingEntry(f.match().start());
            if (after != null && after.getKey() < f.match().end()) {
                continue;
            }
            taken.put(f.match().start(), f.match().end());
            chosen.add(f);
        }
        return chosen;
    }

    public RuleSet rules() {
        return rules;
    }

    public RoutingThresholds thresholds() {
        return thresholds;
    }

    /**
     * The snippet's imports, the names it binds itself and its import-error handlers, each read on
     * first use: most matches are settled without them.
     */
    private static final class SnippetImports implements Supplier<ImportTable> {
        private final Tokens tokens;
        private ImportTable table;
        private NameScopes scopes;
        private ImportFallbacks fallbacks;

        SnippetImports(final Tokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public ImportTable get() {
            if (table == null) {
                table = Imports.scan(tokens);
            }
            return table;
        }

        Set<String> bindings() {
            return scopes().names();
        }

        ImportFallbacks fallbacks(final CodeView view) {
            if (fallbacks == null) {
                fallbacks = ImportFallbacks.scan(view, get());
            }
            return fallbacks;
        }

        NameScopes scopes() {
            if (scopes == null) {
                scopes = NameScopes.scan(tokens);
            }
            return scopes;
        }
    }

    /** Code token indexes, in order, where a rule's anchor occurs. */
    private static final class AnchorHits {
        private int[] at = new int[0];
        private int count;

        void add(final int c) {
            if (count == at.length) {
                at = Arrays.copyOf(at, Math.max(4, count * 2));
            }
            at[count++] = c;
        }
    }

    /** One match of one rule, in the lexed snippet it was found in. */
    private record Found(CompiledRule rule, Match match, double confidence, CodeView view) {
    }
}
