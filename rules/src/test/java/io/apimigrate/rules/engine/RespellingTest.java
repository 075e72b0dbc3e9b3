package io.apimigrate.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.Strategy;
import io.apimigrate.rules.model.Evidence;
import io.apimigrate.rules.model.ImportEdits;
import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleKind;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.model.RuleSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule whose leading name stands for a module applies wherever a snippet's imports name that module. */
class RespellingTest {

    private static final Rule FLOAT = learned("numpy.float", "np.float", "float", "numpy");
    private static final Rule CHECK = learned("django.check", "models.CheckConstraint($$$M1, check=$A1, $$$M2)",
            "models.CheckConstraint($$$M1, condition=$A1, $$$M2)", "django.db.models");
    private static final Rule FAIL_SILENTLY = learned("django.mail_admins", "mail_admins($A1, $A2, $A3)",
            "mail_admins($A1, $A2, fail_silently=$A3)", "django.core.mail.mail_admins");
    private static final Rule LOG = learned("tensorflow.log", "tf.log", "tf.math.log", "tensorflow");

    private static Rule learned(final String id, final String pattern, final String template, final String head) {
        return new Rule(id, "lib", "", "", "", "", RuleKind.RESTRUCTURE, pattern, template, Map.of(), ImportEdits.NONE,
                new Evidence(List.of(id.split("\\.")[0]), List.of(), false, 0.95, head, List.of(), false, List.of()),
                0.95, 3, 0.95, true, RuleOrigin.LEARNED, List.of());
    }

    private static String rewrite(final Rule rule, final String code) {
        return MigrationEngine.of(RuleSet.of(List.of(rule)), RoutingThresholds.DEFAULT).migrate(code).output();
    }

    @Test
    void aFromImportIsNotRenamedWhileACallOfTheNameStaysAsItWas() {
        final Rule name = learned("scipy.simps", "scipy.integrate.simps", "scipy.integrate.simpson", "scipy");
        final Rule call = learned("scipy.simps.call", "scipy.integrate.simps($A1, $A2)", "scipy.integrate.simpson($A1, x=$A2)",
                "scipy");
        final String code = "from scipy.integrate import simps\n\ndef f(d2, x):\n    return simps(d2, x, axis=0)\n";
        assertEquals(code, MigrationEngine.of(RuleSet.of(List.of(name, call)), RoutingThresholds.DEFAULT)
                .rewriteConfident(code).output());
    }

    @Test
    void anotherAliasOfTheModule() {
        assertEquals("import numpy as npy\nx = float(3)\n", rewrite(FLOAT, "import numpy as npy\nx = npy.float(3)\n"));
    }

    @Test
    void theModuleImportedUnderItsOwnName() {
        assertEquals("import numpy\nx = float(3)\n", rewrite(FLOAT, "import numpy\nx = numpy.float(3)\n"));
    }

    @Test
    void theTemplateTakesTheSnippetsSpellingToo() {
        assertEquals("import tensorflow\ny = tensorflow.math.log(x)\n", rewrite(LOG, "import tensorflow\ny = tensorflow.log(x)\n"));
    }

    @Test
    void aNameImportedFromTheModule() {
        assertEquals("from django.db.models import CheckConstraint\nCheckConstraint(condition=Q(id=1))\n",
                rewrite(CHECK, "from django.db.models import CheckConstraint\nCheckConstraint(check=Q(id=1))\n"));
    }

    @Test
    void aBareNameReachedThroughItsModule() {
        assertEquals("from django.core import mail\nmail.mail_admins(\"s\", \"m\", fail_silently=True)\n",
                rewrite(FAIL_SILENTLY, "from django.core import mail\nmail.mail_admins(\"s\", \"m\", True)\n"));
    }

    @Test
    void aRenameOfANameImportedFromTheModuleRenamesItsImportToo() {
        final Rule rename = learned("django.paginator", "paginator.QuerySetPaginator", "paginator.Paginator",
                "django.core.paginator");
        final Rule importRename = learned("django.paginator.import", "from django.core.paginator import QuerySetPaginator",
                "from django.core.paginator import Paginator", "");
        final String code = "from django.core.paginator import QuerySetPaginator\n\nQuerySetPaginator(items, 10)\n";
        final var engine = MigrationEngine.of(RuleSet.of(List.of(rename, importRename)), RoutingThresholds.DEFAULT);
        assertEquals("from django.core.paginator import Paginator\n\nPaginator(items, 10)\n", engine.migrate(code).output());
        final var alone = MigrationEngine.of(RuleSet.of(List.of(rename)), RoutingThresholds.DEFAULT).migrate(code);
        assertEquals("from django.core.paginator import Paginator\n\nPaginator(items, 10)\n", alone.output());
    }

    @Test
    void aRenameWithinTheModuleRenamesTheNameInAnImportList() {
        final Rule ger = learned("torch.ger", "torch.ger", "torch.outer", "torch");
        final String code = "from torch import ger, zeros\nz = ger(a, b) + zeros(3)\n";
        final var decision = MigrationEngine.of(RuleSet.of(List.of(ger)), RoutingThresholds.DEFAULT).migrate(code);
        assertEquals("from torch import outer, zeros\nz = outer(a, b) + zeros(3)\n", decision.output());
        assertEquals(Strategy.DIRECT_RULE, decision.strategy());
    }

    @Test
    void aTemplateAroundTheNewNameRenamesTheNameInAnImportListToThatName() {
        final Rule ninf = learned("numpy.ninf", "np.NINF", "-np.inf", "numpy");
        final String code = "from numpy import (\n    NINF,\n    isnan,\n)\n\nlow = NINF\n";
        final var decision = MigrationEngine.of(RuleSet.of(List.of(ninf)), RoutingThresholds.DEFAULT).migrate(code);
        assertEquals("from numpy import (\n    inf,\n    isnan,\n)\n\nlow = -inf\n", decision.output());
        assertEquals(Strategy.DIRECT_RULE, decision.strategy());
    }

    @Test
    void aNameImportedBesideTheModuleIsRenamedInTheImportListWhereOnlyTheModuleUsesIt() {
        final Rule ninf = learned("numpy.ninf", "np.NINF", "-np.inf", "numpy");
        assertEquals("from numpy import inf, isnan\nimport numpy as np\nlow = -np.inf\n",
                rewrite(ninf, "from numpy import NINF, isnan\nimport numpy as np\nlow = np.NINF\n"));
    }

    @Test
    void aRenameOfABareNameInAnImportListIsNoDirectAnswer() {
        final Rule imputer = learned("sklearn.imputer", "Imputer", "SimpleImputer", "sklearn.preprocessing.Imputer");
        final String code = "from sklearn.preprocessing import Imputer, scale\nimp = Imputer()\n";
        assertEquals(Strategy.RULE_GUIDED,
                MigrationEngine.of(RuleSet.of(List.of(imputer)), RoutingThresholds.DEFAULT).migrate(code).strategy());
    }

    @Test
    void aNameBesideAnImportedModuleIsNoRenameOfThatModule() {
        final Rule sigmoid = learned("torch.sigmoid", "torch.nn.functional.sigmoid", "torch.sigmoid", "torch");
        final String code = "from torch import nn\nsigmoid = None\ny = nn.functional.sigmoid(x)\n";
        assertEquals(List.of(), MigrationEngine.of(RuleSet.of(List.of(sigmoid)), RoutingThresholds.DEFAULT).matches(code));
    }

    @Test
    void noRespellingWhereTheTemplateNeedsWhatTheImportDoesNotBind() {
        final String code = "from tensorflow import log\ny = log(x)\n";
        assertEquals(code, rewrite(LOG, code));
    }

    @Test
    void noRespellingWhereTheTemplateNeedsAnotherImport() {
        final Rule face = learned("scipy.face", "misc.face", "datasets.face", "scipy.misc");
        final String code = "import scipy.misc\ndata = scipy.misc.face(gray=True)\n";
        assertEquals(List.of(), MigrationEngine.of(RuleSet.of(List.of(face)), RoutingThresholds.DEFAULT).matches(code));
    }

    @Test
    void anAliasOfAnotherModuleIsLeftAlone() {
        final String code = "import mynumpy as npy\nx = npy.float(3)\n";
        assertEquals(code, rewrite(FLOAT, code));
    }

    @Test
    void aNameImportedFromAnotherModuleIsLeftAlone() {
        final String code = "from myapp.checks import CheckConstraint\nCheckConstraint(check=Q(id=1))\n";
        assertEquals(code, rewrite(CHECK, code));
    }

    @Test
    void aRespelledMatchIsAsConfidentAsTheRule() {
        final var decision = MigrationEngine.of(RuleSet.of(List.of(FLOAT)), RoutingThresholds.DEFAULT)
                .migrate("import numpy as npy\nx = npy.float(3)\n");
        assertEquals(Strategy.DIRECT_RULE, decision.strategy());
        assertEquals(List.of("numpy.float"), decision.appliedRuleIds());
    }
}
