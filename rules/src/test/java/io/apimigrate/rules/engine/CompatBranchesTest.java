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

/** Code that already switches between an old API and its replacement keeps the old one for old versions. */
class CompatBranchesTest {

    private static final Rule TRAPZ = learned("numpy.trapz", "np.trapz", "np.trapezoid", "numpy", RuleOrigin.LEARNED);
    private static final Rule HANDLES = learned("matplotlib.legendhandles", "$X.legendHandles", "$X.legend_handles", "",
            RuleOrigin.LEARNED);
    private static final Rule WEIGHT_NORM = learned("torch.weight_norm", "nn.utils.weight_norm",
            "nn.utils.parametrizations.weight_norm", "torch.nn", RuleOrigin.LEARNED);

    private static Rule learned(final String id, final String pattern, final String template, final String head,
            final RuleOrigin origin) {
        return new Rule(id, "lib", "", "", "", "", RuleKind.RESTRUCTURE, pattern, template, Map.of(), ImportEdits.NONE,
                new Evidence(List.of(), List.of(), false, 0.95, head, List.of(), false, List.of()),
                0.95, 3, 0.95, true, origin, List.of());
    }

    private static String fix(final Rule rule, final String code) {
        return MigrationEngine.of(RuleSet.of(List.of(rule)), RoutingThresholds.DEFAULT).rewriteConfident(code).output();
    }

    @Test
    void theElseOfAnAvailabilityCheckKeepsTheOldName() {
        final String code = """
                import numpy as np
                if hasattr(np, "trapezoid"):
                    area = np.trapezoid(y, x)
                else:
                    area = np.trapz(y, x)
                """;
        assertEquals(code, fix(TRAPZ, code));
    }

    @Test
    void aSwitchAroundAnAsyncBlockStillCounts() {
        final String code = """
                import numpy as np
                if hasattr(np, "trapezoid"):
                    area = np.trapezoid(y, x)
                else:
                    async with lock:
                        area = np.trapz(y, x)
                """;
        assertEquals(code, fix(TRAPZ, code));
    }

    @Test
    void theBranchForOldVersionsKeepsTheOldAttribute() {
        final String code = """
                def get_legend_handles(legend):
                    if _version_predates(mpl, "3.7"):
                        return legend.legendHandles
                    else:
                        return legend.legend_handles
                """;
        assertEquals(code, fix(HANDLES, code));
    }

    @Test
    void theExceptOfATryThatUsesTheNewNameKeepsTheOldOne() {
        final String code = """
                import numpy as np
                try:
                    area = np.trapezoid(y, x)
                except AttributeError:
                    area = np.trapz(y, x)
                """;
        assertEquals(code, fix(TRAPZ, code));
    }

    @Test
    void anAssignmentTheNextIfOverridesWithTheNewNameIsKept() {
        final String code = """
                from torch import nn
                weight_norm = nn.utils.weight_norm
                if hasattr(nn.utils.parametrizations, "weight_norm"):
                    weight_norm = nn.utils.parametrizations.weight_norm
                conv = weight_norm(conv)
                """;
        assertEquals(code, fix(WEIGHT_NORM, code));
    }

    @Test
    void aBranchGuardedByACheckForTheOldNameKeepsIt() {
        final Rule names = learned("sklearn.get_feature_names", "$X.get_feature_names()", "$X.get_feature_names_out()", "",
                RuleOrigin.LEARNED);
        final String code = """
                def feature_names(estimator):
                    if hasattr(estimator, 'classes_'):
                        return estimator.classes_
                    elif hasattr(estimator, 'get_feature_names'):
                        return estimator.get_feature_names()
                    return None
                """;
        assertEquals(code, fix(names, code));
    }

    @Test
    void aCheckForAnotherNameIsNoGuard() {
        final Rule names = learned("sklearn.get_feature_names", "$X.get_feature_names()", "$X.get_feature_names_out()", "",
                RuleOrigin.LEARNED);
        assertEquals("""
                if hasattr(estimator, 'classes_'):
                    names = estimator.get_feature_names_out()
                """, fix(names, """
                if hasattr(estimator, 'classes_'):
                    names = estimator.get_feature_names()
                """));
    }

    @Test
    void theOtherAlternativeOfAConditionalExpressionUsingTheNewNameKeepsTheOld() {
        final String code = "import numpy as np\nTRAPZ = np.trapezoid if NUMPY_2 else np.trapz\n";
        assertEquals(code, fix(TRAPZ, code));
    }

    @Test
    void aConditionalExpressionWithoutTheNewNameIsRewritten() {
        assertEquals("import numpy as np\narea = 0.0 if x is None else np.trapezoid(y, x)\n",
                fix(TRAPZ, "import numpy as np\narea = 0.0 if x is None else np.trapz(y, x)\n"));
    }

    @Test
    void aBranchBesideUnrelatedCodeIsRewritten() {
        assertEquals("""
                import numpy as np
                if x is None:
                    area = 0.0
                else:
                    area = np.trapezoid(y, x)
                """, fix(TRAPZ, """
                import numpy as np
                if x is None:
                    area = 0.0
                else:
                    area = np.trapz(y, x)
                """));
    }

    @Test
    void theNewNameBesideTheOldInTheSameConditionIsNoSwitch() {
        final Rule float64 = learned("numpy.float_", "np.float_", "np.float64", "numpy", RuleOrigin.LEARNED);
        assertEquals("""
                import numpy as np
                if isinstance(x, (np.float64, np.float64)):
                    y = 1
                """, fix(float64, """
                import numpy as np
                if isinstance(x, (np.float_, np.float64)):
                    y = 1
                """));
    }

    @Test
    void theNewNameElsewhereInTheFileIsNoSwitch() {
        assertEquals("""
                import numpy as np
                total = np.trapezoid(a)
                if x is None:
                    area = np.trapezoid(y, x)
                """, fix(TRAPZ, """
                import numpy as np
                total = np.trapezoid(a)
                if x is None:
                    area = np.trapz(y, x)
                """));
    }

    @Test
    void anotherFunctionOfTheNewNamespaceIsNoSwitch() {
        final Rule remove = learned("tensorflow.remove", "tf.gfile.Remove", "tf.io.gfile.remove", "tensorflow",
                RuleOrigin.LEARNED);
        assertEquals("if tf.io.gfile.exists(lock):\n    tf.io.gfile.remove(lock)\n",
                fix(remove, "if tf.io.gfile.exists(lock):\n    tf.gfile.Remove(lock)\n"));
    }

    @Test
    void anotherPathToTheNewNameInASiblingIsASwitch() {
        final Rule vmap = learned("torch.vmap", "functorch.vmap", "torch.func.vmap", "functorch", RuleOrigin.LEARNED);
        final String code = """
                import torch
                class VmapModule:
                    def __init__(self):
                        if torch.__version__ >= "2.0":
                            self._vmap = torch.vmap
                        else:
                            import functorch

                            self._vmap = functorch.vmap
                """;
        assertEquals(code, fix(vmap, code));
    }

    @Test
    void theOldNameInASiblingIsNoOtherPathToTheNewOne() {
        assertEquals("""
                if fast:
                    conv = nn.utils.parametrizations.weight_norm(conv)
                else:
                    layer = nn.utils.parametrizations.weight_norm(layer)
                """, fix(WEIGHT_NORM, """
                if fast:
                    conv = nn.utils.weight_norm(conv)
                else:
                    layer = nn.utils.weight_norm(layer)
                """));
    }

    @Test
    void theNewNamespaceUsedWholeIsASwitch() {
        final Rule cmap = learned("matplotlib.get_cmap", "mpl.cm.get_cmap", "mpl.colormaps.get_cmap", "matplotlib",
                RuleOrigin.LEARNED);
        final String code = """
                try:
                    cmap = mpl.colormaps[name]
                except AttributeError:
                    cmap = mpl.cm.get_cmap(name)
                """;
        assertEquals(code, fix(cmap, code));
    }

    @Test
    void aStatementLongerThanAVersionSwitchSharesTheNameByChance() {
        final String filler = "    a = 1\n".repeat(14);
        assertEquals("import numpy as np\nif x is None:\n    area = np.trapezoid(y)\n" + filler
                        + "else:\n    area = np.trapezoid(y, x)\n",
                fix(TRAPZ, "import numpy as np\nif x is None:\n    area = np.trapezoid(y)\n" + filler
                        + "else:\n    area = np.trapz(y, x)\n"));
    }

    @Test
    void aLongStatementWithCommentsAroundItsFifteenthLineIsNoSwitch() {
        final String head = "    a = 1\n".repeat(11) + "    # one\n    # two\n    # three\n    # four\n"
                + "    b = 2\n".repeat(3);
        assertEquals("import numpy as np\nif np.trapezoid(y) > 0:\n    area = np.trapezoid(y, x)\n" + head,
                fix(TRAPZ, "import numpy as np\nif np.trapezoid(y) > 0:\n    area = np.trapz(y, x)\n" + head));
    }

    private static final Rule SAMME = learned("sklearn.algorithm", "AdaBoostClassifier($$$M1, algorithm=\"SAMME\", $$$M2)",
            "AdaBoostClassifier($$$M1, $$$M2)", "", RuleOrigin.LEARNED);

    @Test
    void aBranchThatTheRewriteWouldMakeTheSameAsItsSiblingIsAVersionSwitch() {
        final String code = """
                def _get_estimator(self):
                    if parse_version("1.4") <= sklearn_version < parse_version("1.6"):
                        return AdaBoostClassifier(algorithm="SAMME")
                    else:
                        return AdaBoostClassifier()
                """;
        assertEquals(code, fix(SAMME, code));
    }

    @Test
    void aSiblingThatOnlyResemblesTheRewriteLeavesItDirect() {
        assertEquals("""
                if small:
                    clf = AdaBoostClassifier(n_estimators=10)
                else:
                    clf = AdaBoostClassifier()
                """, fix(SAMME, """
                if small:
                    clf = AdaBoostClassifier(n_estimators=10, algorithm="SAMME")
                else:
                    clf = AdaBoostClassifier()
                """));
    }

    @Test
    void aStatementTheRuleDeletesInABranchIsDeleted() {
        final Rule eager = learned("tensorflow.eager", "tf.enable_eager_execution()", "", "tensorflow", RuleOrigin.LEARNED);
        assertEquals("""
                import tensorflow as tf
                if eager:
                    run(tf)
                else:
                    run(None)
                """, fix(eager, """
                import tensorflow as tf
                if eager:
                    tf.enable_eager_execution()
                    run(tf)
                else:
                    run(None)
                """));
    }

    @Test
    void aHandWrittenRuleSaysWhatItMeansAndIsApplied() {
        final Rule handWritten = learned("numpy.trapz", "np.trapz", "np.trapezoid", "numpy", RuleOrigin.HAND_WRITTEN);
        assertEquals("""
                import numpy as np
                if hasattr(np, "trapezoid"):
                    area = np.trapezoid(y, x)
                else:
                    area = np.trapezoid(y, x)
                """, fix(handWritten, """
                import numpy as np
                if hasattr(np, "trapezoid"):
                    area = np.trapezoid(y, x)
                else:
                    area = np.trapz(y, x)
                """));
    }
}
