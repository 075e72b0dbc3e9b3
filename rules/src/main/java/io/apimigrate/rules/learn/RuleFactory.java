package io.apimigrate.rules.learn;

import io.apimigrate.rules.EvidenceCheck;
import io.apimigrate.rules.RenamedCallee;
import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.model.Evidence;
import io.apimigrate.rules.model.ImportEdits;
import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.rules.pattern.AssignmentTargets;
import io.apimigrate.rules.pattern.CompiledPattern;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.pattern.LiteralNames;
import io.apimigrate.rules.pattern.PatternCompiler;
import io.apimigrate.rules.python.ImportTable;
import io.apimigrate.rules.python.Imports;
import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.TokenKind;
import io.apimigrate.rules.rewrite.EditPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Turns merged candidates into stored rules: ids, metadata from their examples, evidence, confidence. */
final class RuleFactory {

    private static final Pattern DOTTED_NAMES = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private RuleFactory() {
    }

    static RuleSet build(final List<CandidateRule> candidates, final Calibration calibration,
            final List<Example> examples, final LearnOptions options) {
        final Set<String> sharedKeywords = sharedKeywords(examples);
        final ModuleAliases.Bindings aliases = ModuleAliases.Bindings.of(examples);
        final CallKeywords calls = CallKeywords.of(examples);
        final Set<String> mappedKeywords = KeywordValueGuard.mappedKeywords(candidates);
        final List<Rule> rules = new ArrayList<>();
        final Map<String, Integer> idCounts = new HashMap<>();
        final List<CandidateRule> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparing((CandidateRule c) -> c.examples().get(0).library())
                .thenComparing(c -> c.examples().get(0).id()));
        final Map<String, Double> shares = disagreementShares(candidates);
        for (final CandidateRule candidate : ordered) {
            final Evidence base = evidence(candidate, sharedKeywords, aliases, calls);
            final double share = shares.getOrDefault(matchKey(candidate), 1.0) == 1.0 ? 1.0
                    : (double) candidate.examples().size() / shares.get(matchKey(candidate));
            final double confidence = Math.min(share, calibration.confidence(candidate, base.ambiguous(), true, options));
            final double unconfirmed = base.ambiguous()
                    ? Math.min(share, calibration.confidence(candidate, true, false, options)) : confidence;
            final double observed = calibration.observedPrecision(candidate);
            final String library = mostCommon(candidate.examples(), Example::library);
            final String stem = (library.isEmpty() ? "rule" : library) + "." + Signature.firstRemovedName(candidate)
                    .toLowerCase(Locale.ROOT);
            final int n = idCounts.merge(stem, 1, Integer::sum);
            rules.add(new Rule(
                    stem + "." + n,
                    library,
                    mostCommon(candidate.examples(), Example::fromVersion),
                    mostCommon(candidate.examples(), Example::toVersion),
                    mostCommon(candidate.examples(), Example::oldApi),
                    mostCommon(candidate.examples(), Example::newApi),
                    candidate.kind(),
                    candidate.pattern(),
                    candidate.template(),
                    KeywordValueGuard.constraints(candidate, mappedKeywords),
                    new ImportEdits(candidate.imports()),
                    base.withUnconfirmedConfidence(Math.min(unconfirmed, confidence)),
                    observed < 0 ? confidence : observed,
                    candidate.examples().size(),
                    confidence,
                    true,
                    RuleOrigin.LEARNED,
                    candidate.examples().stream().map(Example::id).toList()));
        }
        return RuleSet.of(rules);
    }

    /**
     * For each pattern that candidates rewrite in more than one way (whatever their constraints),
     * the number of examples behind all of them; 1.0 where the examples agree. Examples that
     * disagree on how to rewrite the same code say the pattern misses what decides it
     * ({@code is_sparse(s)} -> {@code isinstance(s.dtype, ...)} for a Series, {@code isinstance(s,
     * ...)} for a dtype), so each rewrite is right at most as often as its examples' share.
     */
    private static Map<String, Double> disagreementShares(final List<CandidateRule> candidates) {
        final Map<String, Set<String>> templates = new HashMap<>();
        final Map<String, Double> support = new HashMap<>();
        for (final CandidateRule candidate : candidates) {
            templates.computeIfAbsent(matchKey(candidate), k -> new LinkedHashSet<>()).add(candidate.template());
            support.merge(matchKey(candidate), (double) candidate.examples().size(), Double::sum);
        }
        final Map<String, Double> shares = new HashMap<>();
        templates.forEach((key, seen) -> shares.put(key, seen.size() > 1 ? support.get(key) : 1.0));
        return shares;
    }

    private static String matchKey(final CandidateRule candidate) {
        return candidate.pattern();
    }

    /**
     * What confirms the rule: the libraries of its examples and the modules its literal names
     * come from there; for a rule on any receiver (ambiguous), the receiver names its examples use
     * and the keywords they pass that no other library's examples pass; none for a keyword edit on
     * any callee, whose keyword other libraries' calls pass too ({@code sparse=}).
     */
    static Evidence evidence(final CandidateRule candidate, final Set<String> sharedKeywords,
            final ModuleAliases.Bindings aliases, final CallKeywords calls) {
        final CompiledPattern pattern = PatternCompiler.compile(candidate.pattern());
        final boolean ambiguous = pattern.element(0) instanceof Element.Single
                && !AssignmentTargets.leading(pattern.elements());
        final Set<String> modules = new LinkedHashSet<>();
        final Set<String> receivers = new LinkedHashSet<>();
        final Set<String> keywords = new LinkedHashSet<>();
        int positionals = -1;
        final Set<String> names = LiteralNames.of(pattern.elements());
        final List<Element> template = PatternCompiler.template(candidate.template());
        names.addAll(LiteralNames.of(template));
        final boolean countsPositionals = ambiguous
                || RenamedCallee.call(pattern.elements(), template) == pattern.elements().size();
        for (final Example example : candidate.examples()) {
            if (!example.library().isEmpty()) {
                modules.add(example.library());
            }
            final ImportTable imports = Imports.scan(PythonLexer.lex(example.oldCode() + "\n" + example.newCode()));
            for (final String name : names) {
                imports.resolve(name).ifPresent(q -> modules.add(q.split("\\.")[0]));
            }
            if (ambiguous) {
                receiver(pattern, example.oldCode()).ifPresent(receivers::add);
                keywords.addAll(matchedKeywords(pattern, example.oldCode()));
            }
            if (countsPositionals) {
                positionals = Math.max(positionals, positionalsAfter(pattern, example.oldCode()));
            }
        }
        keywords.removeAll(sharedKeywords);
        if (KeywordEdits.anyCallee(candidate)) {
            keywords.clear();
        }
        final EvidenceCheck.RunArguments run = shownRun(pattern, candidate);
        return new Evidence(List.copyOf(modules), List.copyOf(receivers), ambiguous, 1.0,
                headModule(pattern, candidate.examples(), aliases.agreed()), List.copyOf(keywords),
                onlyTopLevelStatements(pattern, candidate.examples()), definedNames(pattern, candidate.examples()),
                assigned(pattern, candidate.examples()), positionals, unpacked(pattern, candidate.examples()),
                ambiguous ? receiverModules(pattern, candidate.examples(), aliases.possible()) : List.of(),
                run == null ? -1 : run.positionals(), run == null ? List.of() : List.copyOf(run.keywords()),
                calleeKeywords(pattern, candidate, calls));
    }

    /**
     * For a rule that gives its callee another name ({@link RenamedCallee#call}), every keyword its
     * examples passed in that call, and every keyword any example's new code passes to the new
     * callee; null for any other rule.
     */
    private static List<String> calleeKeywords(final CompiledPattern pattern, final CandidateRule candidate,
            final CallKeywords calls) {
        final List<Element> template = PatternCompiler.template(candidate.template());
        final int call = RenamedCallee.call(pattern.elements(), template);
        if (call < 0) {
            return null;
        }
        final Set<String> keywords = calls.of(RenamedCallee.templateCallee(template, call, pattern.size()),
                !template.isEmpty() && template.get(0) instanceof Element.Single);
        for (final Example example : candidate.examples()) {
            final CodeView view = new CodeView(PythonLexer.lex(example.oldCode()));
            for (final Match match : FirstMatch.all(pattern, view)) {
                final EvidenceCheck.RunArguments passed = RenamedCallee.arguments(view, match, call);
                if (passed != null) {
                    keywords.addAll(passed.keywords());
                }
            }
        }
        return List.copyOf(keywords);
    }

    /**
     * The pattern index of a run that is a call's whole argument list and that the template extends
     * with arguments after it ({@code np.recfromcsv($$$ARGS)} -> {@code np.genfromtxt($$$ARGS,
     * delimiter=",")}); -1 for any other rule.
     */
    private static int extendedRun(final CompiledPattern pattern, final CandidateRule candidate) {
        for (int k = 1; k + 1 < pattern.size(); k++) {
            if (pattern.element(k) instanceof Element.Multi run && isLiteral(pattern.element(k - 1), "(")
                    && isLiteral(pattern.element(k + 1), ")")) {
                final List<Element> template = PatternCompiler.template(candidate.template());
                for (int j = 1; j + 1 < template.size(); j++) {
                    if (template.get(j) instanceof Element.Multi same && same.name().equals(run.name())
                            && isLiteral(template.get(j - 1), "(") && same.commaAfter()) {
                        return k;
                    }
                }
            }
        }
        return -1;
    }

    private static boolean isLiteral(final Element element, final String text) {
        return element instanceof Element.Literal literal && literal.text().equals(text);
    }

    /**
     * For an extended run ({@link #extendedRun}), what the examples' runs held: the most positional
     * arguments of one and every keyword any passed; null for any other rule.
     */
    private static EvidenceCheck.RunArguments shownRun(final CompiledPattern pattern, final CandidateRule candidate) {
        final int k = extendedRun(pattern, candidate);
        if (k < 0) {
            return null;
        }
        int most = 0;
        final Set<String> keywords = new TreeSet<>();
        for (final Example example : candidate.examples()) {
            final CodeView view = new CodeView(PythonLexer.lex(example.oldCode()));
            for (final Match match : FirstMatch.all(pattern, view)) {
                final EvidenceCheck.RunArguments run = EvidenceCheck.runArguments(view, match.elementStart()[k],
                        match.elementEnd()[k]);
                most = Math.max(most, run.positionals());
                keywords.addAll(run.keywords());
            }
        }
        return new EvidenceCheck.RunArguments(most, keywords, false);
    }

    /**
     * The modules an attribute's receiver stands for in the examples ({@code tensorflow.nn} for
     * {@code tf.nn}): the receiver's head as the example imports it, else each module any example
     * binds that name to ({@code tf} is {@code tensorflow} in some, {@code tensorflow.compat.v1} in
     * others), else the example's library where the head is its name, else, for a dotted receiver,
     * any top-level package ({@code *.nn} for {@code tf.nn} where nothing binds {@code tf}). None
     * unless every example's receiver is a chain of names so resolved: a value ({@code df},
     * {@code self.frame}) says nothing of modules.
     */
    private static List<String> receiverModules(final CompiledPattern pattern, final List<Example> examples,
            final Map<String, Set<String>> bindings) {
        if (pattern.size() < 2 || !(pattern.element(1) instanceof Element.Literal dot) || !".".equals(dot.text())) {
            return List.of();
        }
        final Set<String> out = new LinkedHashSet<>();
        for (final Example example : examples) {
            final Optional<String> receiver = ModuleReceivers.receiver(pattern, example.oldCode());
            if (receiver.isEmpty() || !DOTTED_NAMES.matcher(receiver.get()).matches()
                    || receiver.get().startsWith("self.") || receiver.get().startsWith("cls.")) {
                return List.of();
            }
            final int split = receiver.get().indexOf('.');
            final String head = split < 0 ? receiver.get() : receiver.get().substring(0, split);
            final String rest = split < 0 ? "" : receiver.get().substring(split);
            final Optional<String> own = Imports.scan(PythonLexer.lex(example.oldCode())).resolve(head);
            final Set<String> heads = own.isPresent() ? Set.of(own.get())
                    : bindings.containsKey(head) ? bindings.get(head)
                    : head.equals(example.library()) ? Set.of(head)
                    : split > 0 ? Set.of(Evidence.ANY_PACKAGE) : Set.of();
            if (heads.isEmpty()) {
                return List.of();
            }
            heads.forEach(module -> out.add(module + rest));
        }
        return List.copyOf(out);
    }

    /** The most positional arguments passed in the call after a match of the pattern; -1 where none is called. */
    private static int positionalsAfter(final CompiledPattern pattern, final String code) {
        final CodeView view = new CodeView(PythonLexer.lex(code));
        int most = -1;
        for (final Match match : FirstMatch.all(pattern, view)) {
            most = Math.max(most, EvidenceCheck.positionalsOfCallAfter(view, match));
        }
        return most;
    }

    /** Whether an example unpacks a match's value into several targets ({@code a, b = match}). */
    private static boolean unpacked(final CompiledPattern pattern, final List<Example> examples) {
        return anyExampleMatch(pattern, examples, EvidenceCheck::unpackedValue);
    }

    /** Whether an example writes to a match of the pattern: assigns it, augments it or deletes it. */
    private static boolean assigned(final CompiledPattern pattern, final List<Example> examples) {
        return anyExampleMatch(pattern, examples, EvidenceCheck::storeTarget);
    }

    /** Whether some match of the pattern in an example's old code passes {@code test}. */
    private static boolean anyExampleMatch(final CompiledPattern pattern, final List<Example> examples,
            final BiPredicate<CodeView, Match> test) {
        for (final Example example : examples) {
            final CodeView view = new CodeView(PythonLexer.lex(example.oldCode()));
            for (final Match match : FirstMatch.all(pattern, view)) {
                if (test.test(view, match)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Keyword names that examples of more than one library pass ({@code dim} in TensorFlow and
     * PyTorch calls): passing one says nothing about which library a call belongs to.
     */
    static Set<String> sharedKeywords(final List<Example> examples) {
        final Map<String, Set<String>> libraries = new HashMap<>();
        for (final Example example : examples) {
            if (example.library().isEmpty()) {
                continue;
            }
            for (final String code : List.of(example.oldCode(), example.newCode())) {
                final CodeView view = new CodeView(PythonLexer.lex(code));
                for (final String name : EvidenceCheck.keywordNames(view, 0, view.size())) {
                    libraries.computeIfAbsent(name, k -> new HashSet<>()).add(example.library());
                }
            }
        }
        final Set<String> shared = new HashSet<>();
        libraries.forEach((name, seen) -> {
            if (seen.size() > 1) {
                shared.add(name);
            }
        });
        return shared;
    }

    /** The pattern's literal names that an example defines above its first match of the pattern. */
    private static List<String> definedNames(final CompiledPattern pattern, final List<Example> examples) {
        final Set<String> names = LiteralNames.of(pattern.elements());
        final Set<String> defined = new LinkedHashSet<>();
        for (final Example example : examples) {
            final CodeView view = new CodeView(PythonLexer.lex(example.oldCode()));
            final int first = firstMatch(pattern, view);
            if (first < 0) {
                continue;
            }
            for (final String name : names) {
                if (EvidenceCheck.definedAbove(view, name, first)) {
                    defined.add(name);
                }
            }
        }
        return List.copyOf(defined);
    }

    private static int firstMatch(final CompiledPattern pattern, final CodeView view) {
        final Match match = FirstMatch.in(pattern, view);
        return match == null ? -1 : match.start();
    }

    /**
     * What the pattern's leading literal name is bound to by its examples' imports, if they agree;
     * for a qualifier ({@code np} in {@code np.float}), the module it stands for
     * ({@link ModuleAliases#qualifierModule}, the examples' libraries being the ones it may name).
     */
    private static String headModule(final CompiledPattern pattern, final List<Example> examples,
            final Map<String, String> aliases) {
        if (!(pattern.element(0) instanceof Element.Literal head) || !head.name()) {
            return "";
        }
        if (pattern.size() > 1 && pattern.element(1) instanceof Element.Literal dot && ".".equals(dot.text())) {
            final Set<String> libraries = new LinkedHashSet<>();
            examples.forEach(example -> libraries.add(example.library()));
            return ModuleAliases.qualifierModule(head.text(), examples, aliases, libraries);
        }
        return ModuleAliases.bound(head.text(), examples);
    }

    /**
     * The pattern binds names (an assignment such as {@code OLD_SETTING = True}, an import, a class
     * or a function) and every match in the examples is a whole statement that starts a line at
     * column 0: a module-level setting or import means something else in a class, a function or a
     * guarded block. A call statement means the same anywhere, and so does a call whose result is
     * assigned to any name ({@code $A1, _ = torch.solve($A2, $A3)}).
     */
    private static boolean onlyTopLevelStatements(final CompiledPattern pattern, final List<Example> examples) {
        final boolean binds = pattern.element(0) instanceof Element.Literal first
                && Set.of("import", "from", "class", "def").contains(first.text());
        if (!binds && (!EditPlan.assigns(pattern.elements())
                || AssignmentTargets.leading(pattern.elements()) && !AssignmentTargets.named(pattern.elements()))) {
            return false;
        }
        boolean any = false;
        for (final Example example : examples) {
            final CodeView view = new CodeView(PythonLexer.lex(example.oldCode()));
            for (final Match match : FirstMatch.all(pattern, view)) {
                final boolean statement = match.start() == 0 || view.isStatementEnd(match.start() - 1);
                final boolean endsStatement = match.end() >= view.size() || view.isStatementEnd(match.end());
                if (!statement || !endsStatement || EvidenceCheck.statementColumn(view, match.start()) != 0) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * Keyword names passed inside the pattern's matches in the code, and in the call right after a
     * match that ends with a name ({@code order} in {@code a.tostring(order="F")} for {@code $X.tostring}).
     */
    private static Set<String> matchedKeywords(final CompiledPattern pattern, final String code) {
        final Set<String> out = new LinkedHashSet<>();
        final CodeView view = new CodeView(PythonLexer.lex(code));
        for (final Match match : FirstMatch.all(pattern, view)) {
            out.addAll(EvidenceCheck.keywordNames(view, match.start(), match.end()));
            out.addAll(EvidenceCheck.keywordsOfCallAfter(view, match));
        }
        return out;
    }

    private static Optional<String> receiver(final CompiledPattern pattern, final String code) {
        final CodeView view = new CodeView(PythonLexer.lex(code));
        final Match match = FirstMatch.in(pattern, view);
        if (match != null && match.elementEnd()[0] > match.elementStart()[0]
                && view.kind(match.elementEnd()[0] - 1) == TokenKind.NAME) {
            return Optional.of(view.text(match.elementEnd()[0] - 1));
        }
        return Optional.empty();
    }

    private static String mostCommon(final List<Example> examples, final Function<Example, String> field) {
        final Map<String, Integer> counts = new HashMap<>();
        for (final Example example : examples) {
            final String value = field.apply(example);
            if (!value.isEmpty()) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("");
    }
}
