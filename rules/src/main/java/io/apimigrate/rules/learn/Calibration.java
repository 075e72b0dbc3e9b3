package io.apimigrate.rules.learn;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.RuleMatch;
import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.metrics.Normalization;
import io.apimigrate.rules.model.Evidence;
import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-validated precision: rules learned from all folds but one are run on the held-out fold
 * (no-change examples included), and every rule that fires is scored right when its own edit is
 * a step towards the expected code. The tallies per change, and pooled per group of similar
 * rules, become calibrated confidences.
 */
final class Calibration {

    /** Unconfirmed ambiguous matches are marked with this confidence in the provisional rules. */
    private static final double UNCONFIRMED_MARK = 0.9;

    private final Map<String, Tally> bySignature = new HashMap<>();
    private final Map<String, Tally> bySignatureUnconfirmed = new HashMap<>();
    private final Map<String, Tally> byGroup = new HashMap<>();
    private final Tally overall = new Tally();

    static Calibration crossValidate(final Map<Example, List<CandidateRule>> perExample, final List<Example> examples,
            final LearnOptions options, final Set<String> moduleNames) {
        final Calibration calibration = new Calibration();
        final Set<String> sharedKeywords = RuleFactory.sharedKeywords(examples);
        final ModuleAliases.Bindings aliases = ModuleAliases.Bindings.of(examples);
        for (int fold = 0; fold < options.folds(); fold++) {
            final List<Example> train = new ArrayList<>();
            final List<Example> test = new ArrayList<>();
            for (final Example example : examples) {
                (foldOf(example, options.folds()) == fold ? test : train).add(example);
            }
            if (test.isEmpty() || train.isEmpty()) {
                continue;
            }
            calibration.score(Learner.generalized(Learner.all(perExample, train), train, moduleNames), test,
                    sharedKeywords, aliases);
        }
        calibration.score(Learner.generalized(Learner.all(perExample, examples), examples, moduleNames), examples,
                sharedKeywords, aliases);
        return calibration;
    }

    static int foldOf(final Example example, final int folds) {
        return Math.floorMod(example.id().hashCode() * 0x9E3779B1, folds);
    }

    /**
     * Scores every rule that fires on a held-out example: right when its own edit is a step
     * towards the expected code and the rules together reach it. A rule learned as the examples
     * showed it also counts as complete where the rules without the name-slot ones reach the
     * expected code: a generalisation's miss counts against it alone.
     */
    private void score(final List<CandidateRule> candidates, final List<Example> test, final Set<String> sharedKeywords,
            final ModuleAliases.Bindings aliases) {
        final Map<String, CandidateRule> byId = new HashMap<>();
        final List<Rule> rules = new ArrayList<>();
        final List<Rule> shown = new ArrayList<>();
        for (final CandidateRule candidate : candidates) {
            final String id = "r" + rules.size();
            final Rule base = ExampleRules.provisional(id, candidate);
            final Evidence evidence = RuleFactory.evidence(candidate, sharedKeywords, aliases, CallKeywords.NONE);
            final Rule rule = new Rule(id, "", "", "", "", "", base.kind(), base.pattern(), base.template(),
                    base.constraints(), base.imports(), evidence.withUnconfirmedConfidence(evidence.ambiguous()
                            ? UNCONFIRMED_MARK : 1.0),
                    1.0, candidate.examples().size(), 1.0, true, base.origin(), List.of());
            rules.add(rule);
            if (!generalised(candidate)) {
                shown.add(rule);
            }
            byId.put(id, candidate);
        }
        final RuleSet ruleSet = RuleSet.of(rules);
        final MigrationEngine engine = MigrationEngine.of(ruleSet, RoutingThresholds.DEFAULT);
        final MigrationEngine withoutSlots = shown.size() == rules.size() ? engine
                : MigrationEngine.of(RuleSet.of(shown), RoutingThresholds.DEFAULT);
        for (final Example example : test) {
            final String expected = Normalization.normalize(example.newCode());
            final boolean complete = Normalization.normalize(engine.migrate(example.oldCode()).output()).equals(expected);
            final boolean completeWithoutSlots = complete || withoutSlots != engine
                    && Normalization.normalize(withoutSlots.migrate(example.oldCode()).output()).equals(expected);
            final Set<String> fired = new LinkedHashSet<>();
            final Map<String, Boolean> confirmed = new HashMap<>();
            for (final RuleMatch match : engine.matches(example.oldCode())) {
                fired.add(match.ruleId());
                confirmed.merge(match.ruleId(), match.confidence() >= 1.0, Boolean::logicalOr);
            }
            for (final String id : fired) {
                final CandidateRule candidate = byId.get(id);
                if (candidate.examples().contains(example)) {
                    continue;
                }
                final Rule rule = ruleSet.get(id).orElseThrow();
                final String output = MigrationEngine.of(RuleSet.of(List.of(rule)), RoutingThresholds.DEFAULT)
                        .migrate(example.oldCode()).output();
                final boolean reached = generalised(candidate) ? complete : completeWithoutSlots;
                final boolean right = reached && TokenDistance.stepTowards(example.oldCode(), output, example.newCode());
                record(candidate, rule.evidence().ambiguous(), confirmed.get(id), right);
            }
        }
    }

    private void record(final CandidateRule candidate, final boolean ambiguous, final boolean confirmed,
            final boolean right) {
        final String signature = signature(candidate);
        if (ambiguous && !confirmed) {
            bySignatureUnconfirmed.computeIfAbsent(signature, k -> new Tally()).add(right);
        } else {
            bySignature.computeIfAbsent(signature, k -> new Tally()).add(right);
        }
        byGroup.computeIfAbsent(group(candidate, ambiguous, confirmed), k -> new Tally()).add(right);
        overall.add(right);
    }

    /**
     * The pool a rule's firings join: by evidence and support, and apart for name-slot rules and
     * keyword edits on any callee, whose misses under cross-validation say nothing about rules
     * learned as they were shown.
     */
    static String group(final CandidateRule candidate, final boolean ambiguous, final boolean confirmed) {
        final String evidence = !ambiguous ? "specific" : confirmed ? "confirmed" : "unconfirmed";
        final String kind = NameSlots.isSlot(candidate) ? "slot/" : KeywordEdits.anyCallee(candidate) ? "callee/" : "";
        return kind + evidence + "/" + Math.min(candidate.examples().size(), 3);
    }

    /** Whether the rule generalises a name its examples spelled out (a name slot, any callee). */
    private static boolean generalised(final CandidateRule candidate) {
        return NameSlots.isSlot(candidate) || KeywordEdits.anyCallee(candidate);
    }

    /**
     * The change the rule makes, kept apart for a keyword edit on any callee, a name slot and a rule
     * on any receiver: their misses are their own, and the same change on a named API says nothing
     * about an unknown receiver's method ({@code msg.send(fail_silently=False)} beside
     * {@code send_mail(..., fail_silently=False)}) or about names the examples never showed. A slot
     * limited to some names is tallied apart from the open one: where a fold lacked the examples
     * that split a family, the open slot's misses on names outside the limit are not its own.
     */
    private static String signature(final CandidateRule candidate) {
        return Signature.of(candidate) + (KeywordEdits.anyCallee(candidate) ? " | any callee"
                : NameSlots.isSlot(candidate) ? " | name slot " + NameSlots.limit(candidate)
                : candidate.pattern().startsWith("$") ? " | any receiver" : "");
    }

    /** The calibrated confidence of a rule's matches, confirmed or not. */
    double confidence(final CandidateRule candidate, final boolean ambiguous, final boolean confirmed,
            final LearnOptions options) {
        final Tally group = byGroup.getOrDefault(group(candidate, ambiguous, confirmed), new Tally());
        final double groupPrecision = (group.right + options.groupWeight() * options.prior(ambiguous, confirmed))
                / (group.fired + options.groupWeight());
        final Map<String, Tally> own = ambiguous && !confirmed ? bySignatureUnconfirmed : bySignature;
        final Tally tally = own.getOrDefault(signature(candidate), new Tally());
        final double m = options.priorStrength();
        final double estimate = (tally.right + m * groupPrecision) / (tally.fired + m);
        return Math.min(options.maxConfidence(), estimate);
    }

    /** Cross-validated precision of the rule's own change, or -1 when it never fired. */
    double observedPrecision(final CandidateRule candidate) {
        final Tally tally = bySignature.get(signature(candidate));
        return tally == null || tally.fired == 0 ? -1 : (double) tally.right / tally.fired;
    }

    String summary() {
        final StringBuilder out = new StringBuilder();
        out.append(String.format("cross-validation: %d rule firings on held-out examples, %.3f right",
                overall.fired, overall.fired == 0 ? 0.0 : (double) overall.right / overall.fired));
        byGroup.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.append(String.format(
                "; %s %d/%d", e.getKey(), e.getValue().right, e.getValue().fired)));
        return out.toString();
    }

    /** Right and fired counts. */
    private static final class Tally {
        private int right;
        private int fired;

        void add(final boolean isRight) {
            fired++;
            if (isRight) {
                right++;
            }
        }
    }
}
