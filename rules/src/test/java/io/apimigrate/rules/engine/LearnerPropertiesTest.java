package io.apimigrate.rules.engine;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.learn.LearnOptions;
import io.apimigrate.rules.learn.Learner;
import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleFormatException;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.rules.model.RulesJson;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The learner on arbitrary before/after pairs of Python-like fragments (unbalanced brackets,
 * calls, subscripts, imports, class headers): it never throws, every rule it learns survives a
 * round trip through rules.json (the validator runs on reading), and the engine built from them
 * never throws on the examples it came from.
 */
class LearnerPropertiesTest {

    private static final String[] PIECES = {
        "np", "pd", "x", "f", "g", ".", "(", ")", "[", "]", ",", " ", "=", "0", "'s'", "\n", "import ", "from ",
        "class ", "def ", ":", "kw=", "self", ".T", "[0]", "(a, b)", "    ", "return ", "#c", "\\", "**", "*",
    };

    @Property(tries = 300)
    void learningNeverThrowsAndItsRulesReadBack(@ForAll("code") final String before, @ForAll("code") final String after,
            @ForAll("code") final String otherBefore, @ForAll("code") final String otherAfter)
            throws RuleFormatException {
        final List<Example> examples = List.of(example("a", before, after), example("b", otherBefore, otherAfter),
                example("c", before, before));
        final RuleSet rules = new Learner(LearnOptions.DEFAULT.withFolds(2)).learn(examples, n -> { }).rules();
        final List<Rule> read = new ArrayList<>();
        for (final Rule rule : rules.rules()) {
            read.add(RulesJson.parseRule(RulesJson.toJson(rule)));
        }
        final MigrationEngine engine = MigrationEngine.of(RuleSet.of(read), RoutingThresholds.DEFAULT);
        for (final Example example : examples) {
            engine.migrate(example.oldCode());
            engine.rewriteConfident(example.oldCode());
        }
    }

    private static Example example(final String id, final String before, final String after) {
        return new Example(id, before, after, "lib", "1", "2", "", "", "", "");
    }

    @Provide
    Arbitrary<String> code() {
        return Arbitraries.of(PIECES).list().ofMaxSize(14).map(parts -> String.join("", parts));
    }
}
