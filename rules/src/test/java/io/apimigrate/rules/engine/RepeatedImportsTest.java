package io.apimigrate.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.model.Evidence;
import io.apimigrate.rules.model.ImportEdits;
import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleKind;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.model.RuleSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rename into a name the code already imports does not import it twice. */
class RepeatedImportsTest {

    private static final Rule GER = new Rule("torch.ger", "torch", "", "", "", "", RuleKind.RESTRUCTURE, "torch.ger",
            "torch.outer", Map.of(), ImportEdits.NONE,
            new Evidence(List.of("torch"), List.of(), false, 0.95, "torch", List.of(), false, List.of()),
            0.95, 3, 0.95, true, RuleOrigin.LEARNED, List.of());

    private static String rewrite(final String code) {
        return MigrationEngine.of(RuleSet.of(List.of(GER)), RoutingThresholds.DEFAULT).migrate(code).output();
    }

    @Test
    void aRenamedNameLeavesTheListWhereTheSameNameFollows() {
        assertEquals("from torch import outer\nz = outer(a, b) + outer(c, d)\n",
                rewrite("from torch import ger, outer\nz = ger(a, b) + outer(c, d)\n"));
    }

    @Test
    void aRenamedNameLeavesTheListWhereTheSameNameCameFirst() {
        assertEquals("from torch import outer, zeros\nz = outer(a, b) + zeros(3)\n",
                rewrite("from torch import outer, ger, zeros\nz = ger(a, b) + zeros(3)\n"));
    }

    @Test
    void aParenthesisedListKeepsItsShape() {
        assertEquals("from torch import (\n    outer,\n    zeros,\n)\nz = outer(a, b)\n",
                rewrite("from torch import (\n    ger,\n    outer,\n    zeros,\n)\nz = ger(a, b)\n"));
    }

    @Test
    void anImportLeftWithoutNamesGoesWhole() {
        assertEquals("from torch import outer\nz = outer(a, b)\n",
                rewrite("from torch import outer\nfrom torch import ger\nz = ger(a, b)\n"));
    }

    @Test
    void aCommentNextToTheRepeatKeepsIt() {
        assertEquals("from torch import (\n    outer,  # old name\n    outer,\n)\nz = outer(a, b)\n",
                rewrite("from torch import (\n    ger,  # old name\n    outer,\n)\nz = outer(a, b)\n"
                        .replace("z = outer", "z = ger")));
    }

    @Test
    void anImportInABlockDoesNotStandForTheModulesImports() {
        final String code = "if fast:\n    from torch import outer\nfrom torch import ger\nz = ger(a, b)\n";
        assertEquals("if fast:\n    from torch import outer\nfrom torch import outer\nz = outer(a, b)\n", rewrite(code));
    }

    @Test
    void anAliasIsAnotherBinding() {
        assertEquals("from torch import outer, outer as o\nz = outer(a, b) + o(c, d)\n",
                rewrite("from torch import ger, outer as o\nz = ger(a, b) + o(c, d)\n"));
    }
}
