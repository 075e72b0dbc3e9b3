package io.apimigrate.rules.learn;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.LiteralKinds;
import io.apimigrate.rules.model.Constraint;
import io.apimigrate.rules.model.MetavariableKind;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.rules.pattern.CompiledPattern;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.pattern.PatternCompiler;
import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.PythonSyntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges candidates of the same change: identical rules pool their examples, and a rule whose
 * receiver is not a module the examples import ({@code df.iteritems()}, {@code self.data.iteritems()})
 * has the receiver generalised into {@code $X}, once two different receivers are seen or at once
 * when the receiver is plainly a value; a generalisation is kept only if it makes a right step on
 * every example it covers.
 */
final class RuleMerger {

    private RuleMerger() {
    }

    /**
     * Merges candidates; {@code moduleNames} are the names the examples import or name as their
     * library: a receiver that starts with one is a module, never generalised on its own.
     */
    static List<CandidateRule> merge(final List<CandidateRule> candidates, final Set<String> moduleNames) {
        final Map<String, List<CandidateRule>> byVariant = new LinkedHashMap<>();
        final Map<String, Set<String>> receivers = new LinkedHashMap<>();
        final Map<String, CandidateRule> variantRule = new LinkedHashMap<>();
        final Map<String, Set<Optional<MetavariableKind>>> literalKinds = new LinkedHashMap<>();
        final List<CandidateRule> plain = new ArrayList<>();
        for (final CandidateRule candidate : candidates) {
            final Receiver receiver = Receiver.of(candidate, moduleNames);
            if (receiver == null) {
                plain.add(candidate);
                continue;
            }
            final String key = receiver.generalised().pattern() + "\u0000" + receiver.generalised().template();
            byVariant.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate);
            receivers.computeIfAbsent(key, k -> new HashSet<>()).add(receiver.text());
            variantRule.putIfAbsent(key, receiver.generalised());
            literalKinds.computeIfAbsent(key, k -> new HashSet<>()).add(receiver.literalKind());
            if (receiver.plainlyValue()) {
                receivers.get(key).add("\u0000value");
            }
        }
        for (final Map.Entry<String, List<CandidateRule>> entry : byVariant.entrySet()) {
            final CandidateRule general = constrained(variantRule.get(entry.getKey()), literalKinds.get(entry.getKey()));
            if (receivers.get(entry.getKey()).size() >= 2 && reproducesEach(general, entry.getValue())) {
                final List<Example> examples = new ArrayList<>();
                entry.getValue().forEach(c -> examples.addAll(c.examples()));
                plain.add(general.withExamples(examples));
            } else {
                plain.addAll(entry.getValue());
            }
        }
        return dedupe(plain);
    }

    /**
     * The general rule with {@code $X} constrained to the literal kind every receiver had: receivers
     * that were all string literals say nothing about other receivers.
     */
    private static CandidateRule constrained(final CandidateRule general, final Set<Optional<MetavariableKind>> kinds) {
        if (kinds.size() != 1 || kinds.iterator().next().isEmpty()
                || kinds.iterator().next().get() == MetavariableKind.IDENTIFIER) {
            return general;
        }
        final Map<String, Constraint> constraints = new HashMap<>(general.constraints());
        constraints.put("X", Constraint.of(kinds.iterator().next().get()));
        return new CandidateRule(general.pattern(), general.template(), constraints, general.kind(), general.imports(),
                general.examples());
    }

    /** The general rule, alone, makes a right step on every member's example. */
    static boolean reproducesEach(final CandidateRule general, final List<CandidateRule> members) {
        if (!ExampleRules.valid(general)) {
            return false;
        }
        final MigrationEngine engine = MigrationEngine.of(
                RuleSet.of(List.of(ExampleRules.provisional("g", general))), RoutingThresholds.DEFAULT);
        for (final CandidateRule member : members) {
            for (final Example example : member.examples()) {
                final String output = engine.migrate(example.oldCode()).output();
                if (!TokenDistance.stepTowards(example.oldCode(), output, example.newCode())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<CandidateRule> dedupe(final List<CandidateRule> candidates) {
        final Map<String, CandidateRule> byText = new LinkedHashMap<>();
        for (final CandidateRule candidate : candidates) {
            final String key = candidate.pattern() + "\u0000" + candidate.template() + "\u0000" + candidate.imports()
                    + "\u0000" + candidate.constraints();
            final CandidateRule existing = byText.get(key);
            if (existing == null) {
                byText.put(key, candidate);
            } else {
                final List<Example> examples = new ArrayList<>(existing.examples());
                for (final Example example : candidate.examples()) {
                    if (!examples.contains(example)) {
                        examples.add(example);
                    }
                }
                byText.put(key, existing.withExamples(examples));
            }
        }
        return new ArrayList<>(byText.values());
    }

    /** The receiver a method-style candidate starts with, and the candidate with it generalised. */
    record Receiver(String text, boolean plainlyValue, Optional<MetavariableKind> literalKind, CandidateRule generalised) {

        static Receiver of(final CandidateRule candidate, final Set<String> moduleNames) {
            final CompiledPattern pattern;
            final List<Element> template;
            try {
                pattern = PatternCompiler.compile(candidate.pattern());
                template = PatternCompiler.template(candidate.template());
            } catch (final IllegalArgumentException e) {
                return null;
            }
            final List<Element> p = pattern.elements();
            for (final int dot : receiverEnds(p, template)) {
                final String receiver = candidate.pattern().substring(p.get(0).start(), p.get(dot - 1).end());
                final int start = chainStart(p, dot);
                // the expression $X binds, echoed where the template repeats it, unless it names a module
                final String echoed = p.get(start) instanceof Element.Literal first && moduleNames.contains(first.text())
                        ? receiver : candidate.pattern().substring(p.get(start).start(), p.get(dot - 1).end());
                final String generalPattern = "$X" + candidate.pattern().substring(p.get(dot).start());
                final String generalTemplate = "$X"
                        + ReceiverEcho.echo(candidate.template().substring(template.get(dot).start()), echoed, "$X");
                final CandidateRule general = new CandidateRule(generalPattern, generalTemplate, candidate.kind(),
                        candidate.imports(), candidate.examples());
                if (!ExampleRules.valid(general)) {
                    continue;
                }
                final String head = p.get(0) instanceof Element.Literal first ? first.text() : "";
                // a call's result or a subscript is a value whatever module it starts with
                final boolean value = receiver.contains("(") || receiver.contains("[")
                        || !moduleNames.contains(head) && p.get(0) instanceof Element.Literal l && l.name();
                final CodeView view = new CodeView(PythonLexer.lex(receiver));
                int end = view.size();
                while (end > 0 && view.isStatementEnd(end - 1)) {
                    end--;
                }
                return new Receiver(receiver, value, LiteralKinds.kindOf(view, 0, end), general);
            }
            return null;
        }

        /**
         * Where the expression that ends before {@code dot} starts: the receiver {@code $X} binds is
         * {@code ts} in {@code head = ts.first("3D")} and {@code self.prices} in
         * {@code return self.prices.first("10min")}, not the statement around it.
         */
        private static int chainStart(final List<Element> p, final int dot) {
            int i = dot - 1;
            while (true) {
                if (p.get(i) instanceof Element.Literal close && isClosing(close.text())) {
                    i = opening(p, i);
                    if (i > 0 && endsAtom(p.get(i - 1))) {
                        i--;
                        continue;
                    }
                    return i;
                }
                if (i >= 2 && p.get(i - 1) instanceof Element.Literal prev && ".".equals(prev.text())) {
                    i -= 2;
                    continue;
                }
                return i;
            }
        }

        /** The index of the bracket that opens the one closing at {@code close}, or 0. */
        private static int opening(final List<Element> p, final int close) {
            int depth = 0;
            for (int i = close; i >= 0; i--) {
                if (p.get(i) instanceof Element.Literal l && isClosing(l.text())) {
                    depth++;
                } else if (p.get(i) instanceof Element.Literal l && isOpening(l.text()) && --depth == 0) {
                    return i;
                }
            }
            return 0;
        }

        /** Whether a call or subscript after the element applies to it: a name, a metavariable, a closed bracket. */
        private static boolean endsAtom(final Element e) {
            return e instanceof Element.Single || e instanceof Element.Literal l
                    && (l.name() && !PythonSyntax.isKeyword(l.text()) || isClosing(l.text()));
        }

        private static boolean isOpening(final String text) {
            return "(".equals(text) || "[".equals(text) || "{".equals(text);
        }

        private static boolean isClosing(final String text) {
            return ")".equals(text) || "]".equals(text) || "}".equals(text);
        }

        /**
         * Candidate ends of the receiver, rightmost first: each '.' at depth 0 before the first edited
         * element, behind which pattern and template agree.
         */
        private static List<Integer> receiverEnds(final List<Element> p, final List<Element> t) {
            int firstEdit = 0;
            while (firstEdit < p.size() && firstEdit < t.size() && sameLiteral(p.get(firstEdit), t.get(firstEdit))) {
                firstEdit++;
            }
            final List<Integer> dots = new ArrayList<>();
            int depth = 0;
            for (int i = 1; i < firstEdit; i++) {
                if (p.get(i) instanceof Element.Literal literal) {
                    final String text = literal.text();
                    if ("(".equals(text) || "[".equals(text) || "{".equals(text)) {
                        depth++;
                    } else if (")".equals(text) || "]".equals(text) || "}".equals(text)) {
                        depth--;
                    } else if (depth == 0 && ".".equals(text) && i + 1 < p.size()
                            && p.get(i + 1) instanceof Element.Literal next && next.name()) {
                        dots.add(0, i);
                    }
                }
            }
            return dots;
        }

        private static boolean sameLiteral(final Element a, final Element b) {
            return a instanceof Element.Literal x && b instanceof Element.Literal y && x.text().equals(y.text());
        }
    }
}
