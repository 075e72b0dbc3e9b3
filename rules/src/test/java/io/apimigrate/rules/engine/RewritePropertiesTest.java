package io.apimigrate.rules.engine;

import static io.apimigrate.rules.engine.Rules.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.model.Evidence;
import io.apimigrate.rules.model.ImportEdits;
import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleKind;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.rules.python.PythonLexer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the whole rewrite: it never throws, keeps text outside edits, and is idempotent. */
class RewritePropertiesTest {

    private static final MigrationEngine ENGINE = Rules.engine(
            rule("a", "np.float", "float"),
            rule("b", "$X.iteritems()", "$X.items()"),
            rule("c", "OneHotEncoder($$$A, sparse=$V, $$$B)", "OneHotEncoder($$$A, sparse_output=$V, $$$B)"),
            rule("d", "torch.solve($B, $A)", "torch.linalg.solve($A, $B)"),
            rule("e", "$X.append($Y, ignore_index=True)", "pd.concat([$X, $Y], ignore_index=True)"));

    /** Learned rules whose leading names stand for modules: they also match through other import spellings. */
    private static final MigrationEngine RESPELLING = MigrationEngine.of(RuleSet.of(List.of(
            headed("np.float", "float", "numpy"), headed("torch.ger", "torch.outer", "torch"),
            headed("paginator.QuerySetPaginator", "paginator.Paginator", "django.core.paginator"))),
            RoutingThresholds.DEFAULT);

    private static final String[] IMPORTS = {
        "import numpy as np\n", "import numpy as npy\n", "import numpy\n", "from numpy import float\n",
        "from torch import ger, zeros\n", "import torch as th\n", "from torch import (ger,)\n",
        "from django.core.paginator import QuerySetPaginator\n", "from django.core import paginator as p\n",
    };

    private static final String[] USES = {
        "npy.float(x)", "numpy.float(x)", "np.float(x)", "ger(a, b)", "th.ger(a, b)", "torch.ger(a, b)",
        "QuerySetPaginator(q, 2)", "p.QuerySetPaginator", "float(3)", "zeros(2)",
    };

    private static Rule headed(final String pattern, final String template, final String head) {
        return new Rule(pattern, "lib", "", "", "", "", RuleKind.QUALIFIED_RENAME, pattern, template, Map.of(),
                ImportEdits.NONE, new Evidence(List.of(head.split("\\.")[0]), List.of(), false, 0.95, head, List.of(),
                        false, List.of()), 0.95, 3, 0.95, true, RuleOrigin.LEARNED, List.of());
    }

    private static final String[] FRAGMENTS = {
        "np.float(x)", "df.iteritems()", "OneHotEncoder(sparse=False)", "torch.solve(b, A)",
        "df.append(r, ignore_index=True)", "(", ")", "[", "]", "{", "}", ",", "'", "\"\"\"", "#", "\n", "    ",
        "\\\n", "f'{", "x = ", "def f():\n", "  ", "lambda: ", "np.", ".float", "$X", "\t", "\r\n", "ü", "😀",
    };

    @Property(tries = 300)
    void neverThrowsOnArbitraryText(@ForAll final String text) {
        ENGINE.migrate(text);
    }

    @Property(tries = 200)
    void neverThrowsOnRandomBytes(@ForAll final byte[] bytes) {
        ENGINE.migrate(new String(bytes, StandardCharsets.UTF_8));
        ENGINE.migrate(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    @Property(tries = 300)
    void rewritingTwiceEqualsRewritingOnce(@ForAll("pythonish") final String code) {
        final String once = ENGINE.rewriteConfident(code).output();
        assertEquals(once, ENGINE.rewriteConfident(once).output());
    }

    @Property(tries = 300)
    void textOutsideTheEditsIsKept(@ForAll("pythonish") final String prefix, @ForAll("pythonish") final String suffix) {
        final String line = "\nvalue = np.float(3)\n";
        final String code = prefix + line + suffix;
        final String out = ENGINE.rewriteConfident(code).output();
        if (!ENGINE.rewriteConfident(prefix).output().equals(prefix)
                || !ENGINE.rewriteConfident(suffix).output().equals(suffix) || !closesEverything(prefix)) {
            return; // a prefix that leaves a bracket or string open joins the line and the suffix into one
        }
        if (out.contains("\nvalue = float(3)\n")) {
            assertTrue(out.startsWith(prefix), "prefix kept");
            assertTrue(out.endsWith(suffix), "suffix kept");
            assertEquals(code.length() - 3, out.length());
        }
    }

    private static boolean closesEverything(final String code) {
        return PythonLexer.lex(code).clean() && !code.endsWith("\\");
    }

    @Example
    void deeplyNestedBracketsFinish() {
        final String code = "(".repeat(10_000) + "np.float" + ")".repeat(10_000);
        assertEquals("(".repeat(10_000) + "float" + ")".repeat(10_000), ENGINE.migrate(code).output());
    }

    @Example
    void unbalancedDeepBracketsFinish() {
        ENGINE.migrate("f(" .repeat(10_000) + "df.iteritems(");
    }

    @Example
    void megabyteLineFinishes() {
        final String line = "x = " + "np.float(a) + ".repeat(70_000) + "0\n";
        final String out = ENGINE.migrate(line).output();
        assertTrue(out.startsWith("x = float(a) + float(a)"));
    }

    @Property(tries = 300)
    void respelledRewritesAreIdempotentAndNeverThrow(@ForAll("imported") final String code) {
        final String once = RESPELLING.rewriteConfident(code).output();
        assertEquals(once, RESPELLING.rewriteConfident(once).output());
        RESPELLING.migrate(code);
    }

    @Provide
    Arbitrary<String> imported() {
        final Arbitrary<String> header = Arbitraries.of(IMPORTS).list().ofMaxSize(3).map(parts -> String.join("", parts));
        final Arbitrary<String> body = Arbitraries.of(USES).list().ofMaxSize(4).map(parts -> String.join("\n", parts));
        return Combinators.combine(header, body, pythonish()).as((h, b, noise) -> h + b + "\n" + noise);
    }

    @Provide
    Arbitrary<String> pythonish() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(12).map(parts -> String.join("", parts))
                .flatMap(s -> Combinators.combine(Arbitraries.just(s), Arbitraries.strings().ofMaxLength(3))
                        .as((a, b) -> a + b));
    }
}
