package io.apimigrate.rules.learn;

import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.rules.python.Imports;
import io.apimigrate.rules.python.PythonLexer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Learns rules from before/after examples: per example, edit sites abstracted into candidate
 * rules; candidates of the same change merged; each rule's confidence calibrated by
 * cross-validation over the examples, no-change examples included.
 */
public final class Learner {

    private final LearnOptions options;

    public Learner(final LearnOptions options) {
        this.options = options;
    }

    /** Learns and calibrates a rule set; {@code progress} is told how many examples were read. */
    public LearnResult learn(final List<Example> examples, final IntConsumer progress) {
        final Map<Example, List<CandidateRule>> perExample = new LinkedHashMap<>();
        int done = 0;
        int unlearnable = 0;
        for (final Example example : examples) {
            final List<CandidateRule> candidates = ExampleRules.of(example);
            perExample.put(example, candidates);
            if (candidates.isEmpty() && !example.oldCode().equals(example.newCode())) {
                unlearnable++;
            }
            progress.accept(++done);
        }
        final Set<String> moduleNames = moduleNames(examples);
        final List<CandidateRule> merged = generalized(all(perExample, examples), examples, moduleNames);
        final Calibration calibration = Calibration.crossValidate(perExample, examples, options, moduleNames);
        final RuleSet rules = RuleFactory.build(merged, calibration, examples, options);
        return new LearnResult(rules, examples.size(), unlearnable, calibration.summary());
    }

    /**
     * The candidates merged per change (a rename a no-change example contradicts narrowed to the
     * keyword its examples pass, a receiver its examples show to be a module path kept to its last
     * name), plus the general rules the examples support: namespace moves,
     * name slots, keyword edits made in several callees' calls, carried argument lists, positional
     * arguments made keywords in calls that pass fewer of them or pass them by that keyword already,
     * and the import or qualified form of each rename.
     */
    static List<CandidateRule> generalized(final List<CandidateRule> candidates, final List<Example> examples,
            final Set<String> moduleNames) {
        final List<CandidateRule> merged = ModuleReceivers.constrain(
                ContextKeywords.narrow(RuleMerger.merge(candidates, moduleNames), examples));
        final List<CandidateRule> slotted = SlotSpellings.join(NameSlots.add(NamespaceMoves.add(merged, examples), examples));
        return ImportForms.add(KeywordForms.add(PositionalPrefixes.add(ArgumentLists.add(KeywordEdits.add(
                slotted, examples), examples), examples), examples), examples);
    }

    /** Names the examples import (np, pd, F, ...) or give as their library: receivers that are modules. */
    static Set<String> moduleNames(final List<Example> examples) {
        final Set<String> names = new HashSet<>();
        for (final Example example : examples) {
            if (!example.library().isEmpty()) {
                names.add(example.library());
            }
            names.addAll(Imports.scan(PythonLexer.lex(example.oldCode())).bindings().keySet());
            names.addAll(Imports.scan(PythonLexer.lex(example.newCode())).bindings().keySet());
        }
        return names;
    }

    static List<CandidateRule> all(final Map<Example, List<CandidateRule>> perExample, final List<Example> subset) {
        final List<CandidateRule> out = new ArrayList<>();
        for (final Example example : subset) {
            out.addAll(perExample.getOrDefault(example, List.of()));
        }
        return out;
    }
}
