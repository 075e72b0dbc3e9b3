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

/** A library's own code keeps and tests what it deprecates. */
class OwnLibraryTest {

    private static final String TEST = """
            import numpy as np
            with pytest.raises(ValueError, match="Unable to avoid copy"):
                np.array(arr, copy=False)
            """;

    private static MigrationEngine engine(final RuleOrigin origin) {
        final Rule rule = new Rule("numpy.copy", "numpy", "", "", "", "", RuleKind.RESTRUCTURE,
                "np.array($A, copy=False)", "np.asarray($A)", Map.of(), ImportEdits.NONE,
                new Evidence(List.of("numpy"), List.of(), false, 0.95, "numpy", List.of(), false, List.of()),
                0.95, 3, 0.95, true, origin, List.of());
        return MigrationEngine.of(RuleSet.of(List.of(rule)), RoutingThresholds.DEFAULT);
    }

    @Test
    void aLearnedRuleLeavesItsOwnPackageAlone() {
        assertEquals(TEST, engine(RuleOrigin.LEARNED).withinPackage("numpy").rewriteConfident(TEST).output());
    }

    @Test
    void anotherPackageIsTheLibrarysUser() {
        assertEquals(TEST.replace("np.array(arr, copy=False)", "np.asarray(arr)"),
                engine(RuleOrigin.LEARNED).withinPackage("jax").rewriteConfident(TEST).output());
    }

    @Test
    void aHandWrittenRuleIsAppliedEverywhere() {
        assertEquals(TEST.replace("np.array(arr, copy=False)", "np.asarray(arr)"),
                engine(RuleOrigin.HAND_WRITTEN).withinPackage("numpy").rewriteConfident(TEST).output());
    }
}
