package io.apimigrate.rules.engine;

import static io.apimigrate.rules.engine.Rules.ambiguous;
import static io.apimigrate.rules.engine.Rules.engine;
import static io.apimigrate.rules.engine.Rules.learned;
import static io.apimigrate.rules.engine.Rules.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.apimigrate.rules.Decision;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.Strategy;
import io.apimigrate.rules.model.Constraint;
import io.apimigrate.rules.model.Evidence;
import io.apimigrate.rules.model.Rule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Routing by confidence (contracts.md section 3) and the hints of the guided tiers. */
class RoutingTest {

    private static final Rule APPEND = ambiguous(
            rule("pandas.append", "$X.append($Y, ignore_index=True)", "pd.concat([$X, $Y], ignore_index=True)"),
            "pandas", 0.97, 0.7);

    @Test
    void thresholdsSplitTheTiers() {
        assertEquals(Strategy.DIRECT_RULE, RoutingThresholds.DEFAULT.route(0.85));
        assertEquals(Strategy.RULE_GUIDED, RoutingThresholds.DEFAULT.route(0.8499));
        assertEquals(Strategy.RULE_GUIDED, RoutingThresholds.DEFAULT.route(0.60));
        assertEquals(Strategy.LLM_ONLY, RoutingThresholds.DEFAULT.route(0.5999));
    }

    @Test
    void callTheRuleDoesNotCoverKeepsTheSnippetFromADirectAnswer() {
        final var rule = rule("r", "models.resnet50($$$A, pretrained=False, $$$B)", "models.resnet50($$$A, weights=None, $$$B)");
        final Decision decision = engine(rule).migrate("a = models.resnet50(pretrained=False)\nb = models.resnet50(pretrained=True)\n");
        assertEquals(Strategy.RULE_GUIDED, decision.strategy());
        assertEquals("a = models.resnet50(weights=None)\nb = models.resnet50(pretrained=True)\n",
                decision.hints().get(0).proposedRewrite());
    }

    @Test
    void callsWithoutTheRulesKeywordsDoNotHoldBackADirectAnswer() {
        final var rule = rule("r", "models.resnet50($$$A, pretrained=False, $$$B)", "models.resnet50($$$A, weights=None, $$$B)");
        final Decision decision = engine(rule).migrate("a = models.resnet50(pretrained=False)\nb = models.resnet50(weights=w)\n");
        assertEquals(Strategy.DIRECT_RULE, decision.strategy());
        assertEquals("a = models.resnet50(weights=None)\nb = models.resnet50(weights=w)\n", decision.output());
    }

    @Test
    void aLearnedTemplateThatUnpacksAValueItsPatternBoundWholeOnlyGuides() {
        final Rule unpacking = learned(rule("pandas.append", "$X.append($A1, sort=$A2)", "pd.concat([$X, *$A1], sort=$A2)"),
                0.95);
        final Decision decision = engine(unpacking).migrate("df = df.append(other, sort=True)\n");
        assertEquals(Strategy.RULE_GUIDED, decision.strategy());
        assertEquals("df = pd.concat([df, *other], sort=True)\n", decision.hints().get(0).proposedRewrite());
        final Rule carried = learned(rule("f", "f(*$A1)", "g(*$A1)"), 0.95);
        assertEquals("g(*xs)\n", engine(carried).migrate("f(*xs)\n").output());
    }

    @Test
    void unknownReceiverIsNotRewrittenDirectly() {
        final Decision decision = engine(APPEND).migrate("x.append(y, ignore_index=True)");
        assertEquals(Strategy.RULE_GUIDED, decision.strategy());
        assertEquals("x.append(y, ignore_index=True)", decision.output());
        assertEquals("pd.concat([x, y], ignore_index=True)", decision.hints().get(0).proposedRewrite());
        assertEquals("pandas.append", decision.hints().get(0).ruleId());
    }

    @Test
    void anImportAloneDoesNotConfirmAMatchOnAnyReceiver() {
        final Decision decision = engine(APPEND).migrate("import pandas as pd\nx = x.append(y, ignore_index=True)\n");
        assertEquals(Strategy.RULE_GUIDED, decision.strategy());
    }

    @Test
    void aReceiverAssignedFromTheLibraryConfirmsTheMatch() {
        final Decision decision = engine(APPEND).migrate(
                "import pandas as pd\nx = pd.read_csv(p)\nx = x.append(y, ignore_index=True)\n");
        assertEquals(Strategy.DIRECT_RULE, decision.strategy());
        assertEquals("import pandas as pd\nx = pd.read_csv(p)\nx = pd.concat([x, y], ignore_index=True)\n", decision.output());
    }

    @Test
    void aTupleTargetAssignedFromTheLibraryConfirmsTheMatch() {
        assertEquals(Strategy.DIRECT_RULE, engine(APPEND).migrate(
                "import pandas as pd\nx, meta = pd.read_csv(p), {}\nx = x.append(y, ignore_index=True)\n").strategy());
    }

    @Test
    void aReceiverAssignedInAnotherFunctionDoesNotConfirmTheMatch() {
        final String code = "import pandas as pd\n\ndef load():\n    x = pd.read_csv(p)\n\n"
                + "def grow(x):\n    return x.append(y, ignore_index=True)\n";
        assertEquals(Strategy.RULE_GUIDED, engine(APPEND).migrate(code).strategy());
    }

    @Test
    void aReceiverAssignedAboveABlockOfTheSameFunctionConfirmsTheMatch() {
        final String code = "import pandas as pd\n\nasync def load(rows):\n    x = pd.read_csv(p)\n"
                + "    async for r in rows:\n        x = x.append(r, ignore_index=True)\n";
        assertEquals(Strategy.DIRECT_RULE, engine(APPEND).migrate(code).strategy());
    }

    @Test
    void aReceiverDerivedFromTheLibrarysObjectByACallDoesNotConfirmTheMatch() {
        final String code = "import pandas as pd\nx = pd.read_csv(p)\nz = x.head(3).append(y, ignore_index=True)\n";
        assertEquals(Strategy.RULE_GUIDED, engine(APPEND).migrate(code).strategy());
    }

    @Test
    void aReceiverAssignedFromAPrivateModuleOfTheLibraryDoesNotConfirmTheMatch() {
        assertEquals(0.7, engine(APPEND).matches(
                "from pandas._libs import lib\nx = lib.read(p)\nx = x.append(y, ignore_index=True)\n").get(0).confidence());
    }

    @Test
    void anImportedReceiverWhereTheExamplesHadValuesIsNotConfirmedByAKeyword() {
        final Rule gca = ambiguous(rule("g", "$X.gca($$$K1, projection=$K, $$$K2)", "$X.add_subplot($$$K1, projection=$K, $$$K2)"),
                "matplotlib", 0.98, 0.59);
        final Rule withKeyword = new Rule(gca.id(), gca.library(), "", "", "", "", gca.kind(), gca.pattern(), gca.template(),
                gca.constraints(), gca.imports(), new Evidence(List.of("matplotlib"), List.of("fig"), true, 0.59, "",
                        List.of("projection"), false, List.of()), 0.98, 3, 0.98, true, gca.origin(), List.of());
        assertEquals(Strategy.LLM_ONLY, engine(withKeyword).migrate(
                "import matplotlib.pyplot as plt\nax = plt.gca(projection=\"3d\")\n").strategy());
        assertEquals(Strategy.DIRECT_RULE, engine(withKeyword).migrate(
                "import matplotlib.pyplot as plt\nfig = plt.figure()\nax = fig.gca(projection=\"3d\")\n").strategy());
    }

    @Test
    void aRenameOfTheCalleeIsNoDirectAnswerWhereItWouldLeaveAKeywordAnotherRuleEdits() {
        final var rename = learned(Rules.fromLibrary(rule("n", "torch.norm", "torch.linalg.vector_norm"), "torch"), 0.96);
        final Rule ord = rule("p", "torch.norm($$$M1, p=$A1, $$$M2)", "torch.linalg.vector_norm($$$M1, ord=$A1, $$$M2)");
        final var keyword = learned(Rules.fromLibrary(new Rule(ord.id(), ord.library(), "", "", "", "", ord.kind(),
                ord.pattern(), ord.template(), Map.of("A1", new Constraint(null, "^(?![rRbBuUfF]{0,2}['\"])")),
                ord.imports(), ord.evidence(), 1.0, 0, 1.0, true, ord.origin(), List.of()), "torch"), 0.95);
        final var engine = engine(rename, keyword);
        assertEquals(Strategy.RULE_GUIDED, engine.migrate("n = torch.norm(x, p=\"fro\")\n").strategy());
        assertEquals("n = torch.linalg.vector_norm(x, ord=2)\n", engine.migrate("n = torch.norm(x, p=2)\n").output());
        assertEquals("n = torch.linalg.vector_norm(x, dim=1)\n", engine.migrate("n = torch.norm(x, dim=1)\n").output());
    }

    @Test
    void aRenameOfTheCalleeIsNoDirectAnswerWhereItWouldLeaveAPositionalArgumentAnotherRuleMakesAKeyword() {
        final var rename = learned(Rules.fromLibrary(rule("n", "simps", "simpson"), "scipy"), 0.95);
        final var positional = learned(ambiguous(rule("x", "$X.simps($A1, $A2)", "$X.simpson($A1, x=$A2)"), "scipy",
                0.98, 0.9), 0.98);
        final var engine = engine(rename, positional);
        assertEquals(Strategy.RULE_GUIDED, engine.migrate("a = simps(y, x)\n").strategy());
        assertEquals("a = simpson(y, dx=0.1)\n", engine.migrate("a = simps(y, dx=0.1)\n").output());
    }

    @Test
    void aRenameOfTheCalleeIsNoDirectAnswerWhereAPositionalArgumentMayBeAKeywordAnotherRuleEdits() {
        final var rename = learned(Rules.fromLibrary(rule("n", "torch.cholesky", "torch.linalg.cholesky"), "torch"), 0.96);
        final var upper = learned(Rules.fromLibrary(rule("u", "torch.cholesky($A1, upper=True)",
                "torch.linalg.cholesky($A1).mH"), "torch"), 0.95);
        final var engine = engine(rename, upper);
        assertEquals(Strategy.RULE_GUIDED, engine.migrate("x = torch.cholesky(a, False)\n").strategy());
        assertEquals("x = torch.linalg.cholesky(a)\n", engine.migrate("x = torch.cholesky(a)\n").output());
        assertEquals("x = torch.linalg.cholesky(a, out=b)\n", engine.migrate("x = torch.cholesky(a, out=b)\n").output());
    }

    @Test
    void aCalleeRenameThatCarriesAKeywordAnotherRuleOfTheCalleeEditsIsNoDirectAnswer() {
        final var ascending = learned(rule("a", "sort($$$K1, ascending=$K, $$$K2)", "sort_values($$$K1, ascending=$K, $$$K2)"),
                0.95);
        final var columns = learned(rule("c", "sort($$$M1, columns=$A1, $$$M2)", "sort_values($$$M1, by=$A1, $$$M2)"), 0.5);
        final var engine = engine(ascending, columns);
        assertEquals(Strategy.RULE_GUIDED, engine.migrate("out = sort(columns=[\"a\"], ascending=False)\n").strategy());
        assertEquals("out = sort_values(\"a\", ascending=False)\n",
                engine.migrate("out = sort(\"a\", ascending=False)\n").output());
    }

    @Test
    void aKeywordAnotherLibrarysRuleEditsSaysNothingOfThisLibrarysPositionalArguments() {
        final var rename = learned(Rules.fromLibrary(rule("n", "tf.select", "tf.where"), "tensorflow"), 0.96);
        final var axis = learned(Rules.fromLibrary(rule("a", "$X.select(f, axis=1)",
                "$X.loc[:, $X.columns.map(f)]"), "pandas"), 0.95);
        assertEquals("import tensorflow as tf\ny = tf.where(c, a, b)\n",
                engine(rename, axis).migrate("import tensorflow as tf\ny = tf.select(c, a, b)\n").output());
    }

    @Test
    void typicalReceiverNameConfirmsTheMatch() {
        assertEquals(Strategy.DIRECT_RULE, engine(APPEND).migrate("df.append(row, ignore_index=True)").strategy());
    }

    @Test
    void unsafeRuleIsNeverAppliedDirectly() {
        final var base = rule("r", "np.float", "float");
        final var unsafe = new Rule("r", "", "", "", "", "", base.kind(), base.pattern(),
                base.template(), base.constraints(), base.imports(), base.evidence(), 1.0, 0, 1.0, false, base.origin(), base.provenance());
        final Decision decision = engine(unsafe).migrate("np.float(1)");
        assertFalse(decision.strategy() == Strategy.DIRECT_RULE);
        assertEquals("np.float(1)", decision.output());
    }

    @Test
    void noMatchIsUnchanged() {
        assertEquals(Strategy.UNCHANGED, engine(APPEND).migrate("print('hello')").strategy());
    }

    @Test
    void rewriteThatWouldBreakTheCodeIsNotDirect() {
        final Decision decision = engine(rule("r", "old_call($A)", "new_call($A")).migrate("y = old_call(x)\n");
        assertEquals(Strategy.RULE_GUIDED, decision.strategy());
        assertEquals("y = old_call(x)\n", decision.output());
    }

    @Test
    void keywordSeenInTheRulesExamplesConfirmsTheMatch() {
        final var base = rule("pandas.append", "$X.append($Y, $$$REST)", "pd.concat([$X, $Y], $$$REST)");
        final var withKeyword = new Rule(base.id(), "pandas", "", "", "", "", base.kind(),
                base.pattern(), base.template(), base.constraints(), base.imports(), new io.apimigrate.rules.model.Evidence(
                        java.util.List.of("pandas"), java.util.List.of(), true, 0.3, "", java.util.List.of("ignore_index"),
                        false, java.util.List.of()), 0.95, 3, 0.95, true, base.origin(), base.provenance());
        assertEquals(Strategy.DIRECT_RULE, engine(withKeyword).migrate("out = rows.append(r, ignore_index=True)").strategy());
        assertEquals(Strategy.LLM_ONLY, engine(withKeyword).migrate("rows.append(r)").strategy());
    }

    @Test
    void numberedReceiverNameConfirmsTheMatch() {
        assertEquals(Strategy.DIRECT_RULE, engine(APPEND).migrate("df2.append(row, ignore_index=True)").strategy());
    }

    @Test
    void learnedDeletionThatWouldEmptyABlockIsNotDirect() {
        final var learned = learned(rule("r", "OLD_SETTING = $V", ""), 0.95);
        assertEquals(Strategy.DIRECT_RULE, engine(learned).migrate("A = 1\nOLD_SETTING = True\n").strategy());
        final Decision inBlock = engine(learned).migrate("if debug:\n    OLD_SETTING = True\n");
        assertEquals(Strategy.RULE_GUIDED, inBlock.strategy());
        assertEquals("if debug:\n    OLD_SETTING = True\n", inBlock.output());
    }

    @Test
    void longerConfidentMatchWinsOverTheMoreConfidentOneInsideIt() {
        final var move = learned(rule("m", "from sklearn.qda import QDA",
                "from sklearn.discriminant_analysis import QuadraticDiscriminantAnalysis"), 0.9);
        final var rename = learned(Rules.fromLibrary(rule("r", "QDA", "QuadraticDiscriminantAnalysis"), "sklearn"), 0.95);
        assertEquals("from sklearn.discriminant_analysis import QuadraticDiscriminantAnalysis\n"
                + "q = QuadraticDiscriminantAnalysis()\n",
                engine(move, rename).migrate("from sklearn.qda import QDA\nq = QDA()\n").output());
    }

    @Test
    void learnedRenameOfAnImportedNameThatLeavesTheNewNameUnimportedIsNotDirect() {
        final var rmse = learned(Rules.fromLibrary(rule("r", "mean_squared_error($$$A, squared=False)",
                "root_mean_squared_error($$$A)"), "sklearn"), 0.95);
        assertEquals(Strategy.RULE_GUIDED, engine(rmse).migrate(
                "from sklearn.metrics import mean_squared_error\ns = mean_squared_error(a, b, squared=False)\n").strategy());
        assertEquals(Strategy.DIRECT_RULE, engine(rmse).migrate("s = mean_squared_error(a, b, squared=False)\n").strategy());
    }

    @Test
    void learnedRewriteOnAnyReceiverThatWritesAnAliasTheImportsDoNotBindIsNotDirect() {
        final var append = learned(Rules.fromLibrary(rule("r", "$X.append($A1, ignore_index=$A2)",
                "pd.concat([$X, pd.DataFrame([$A1])], ignore_index=$A2)"), "pandas"), 0.95);
        final String code = "df2 = df.append(other, ignore_index=True)\n";
        assertEquals(Strategy.RULE_GUIDED, engine(append).migrate("import pandas\n" + code).strategy());
        assertEquals(Strategy.DIRECT_RULE, engine(append).migrate("import pandas as pd\n" + code).strategy());
        assertEquals(Strategy.DIRECT_RULE, engine(append).migrate(code).strategy());
    }

    @Test
    void learnedRewriteThatWritesAnAliasNoneOfTheSnippetsImportsBindsIsNotDirect() {
        final var ptp = learned(Rules.fromLibrary(rule("r", "$X.ptp()", "np.ptp($X)"), "numpy"), 0.95);
        final String code = "def f(x):\n    return x.ptp()\n";
        assertEquals(Strategy.RULE_GUIDED, engine(ptp).migrate("import os\n\n" + code).strategy());
        assertEquals(Strategy.DIRECT_RULE, engine(ptp).migrate("import os\nimport numpy as np\n\n" + code).strategy());
        assertEquals(Strategy.DIRECT_RULE, engine(ptp).migrate(code).strategy());
    }

    @Test
    void learnedKeywordRemovalIsNotDirectWhereAnotherCallPassesTheKeyword() {
        final var removal = learned(rule("r", "send_mail($$$M1, fail_silently=False, $$$M2)", "send_mail($$$M1, $$$M2)"),
                0.95);
        final String sendMail = "send_mail(\"s\", \"m\", fail_silently=False)\n";
        assertEquals(Strategy.DIRECT_RULE, engine(removal).migrate(sendMail).strategy());
        assertEquals(Strategy.RULE_GUIDED, engine(removal).migrate(sendMail + "mail_admins(\"s\", \"m\", fail_silently=False)\n")
                .strategy());
    }

    @Test
    void learnedImportRewriteThatDropsANameTheCodeStillUsesIsNotDirect() {
        final var imports = learned(rule("r", "from pydantic import BaseModel, validator",
                "from pydantic import field_validator, BaseModel"), 0.95);
        assertEquals(Strategy.RULE_GUIDED, engine(imports).migrate(
                "from pydantic import BaseModel, validator\n@validator(\"x\")\ndef f(cls, v): ...\n").strategy());
        final var decorator = learned(rule("d", "@validator($A1)", "@field_validator($A1)"), 0.95);
        assertEquals(Strategy.DIRECT_RULE, engine(imports, decorator).migrate(
                "from pydantic import BaseModel, validator\n@validator(\"x\")\ndef f(cls, v): ...\n").strategy());
    }

    @Test
    void learnedImportRenameWithNoUseOfTheNewNameIsNotDirect() {
        final var imports = learned(Rules.fromLibrary(rule("r", "from sklearn.metrics import mean_squared_error",
                "from sklearn.metrics import root_mean_squared_error"), "sklearn"), 0.95);
        final var calls = learned(Rules.fromLibrary(rule("c", "mean_squared_error($A1, $A2, squared=False)",
                "root_mean_squared_error($A1, $A2)"), "sklearn"), 0.95);
        final String code = "from sklearn.metrics import accuracy_score\nfrom sklearn.metrics import mean_squared_error\n";
        assertEquals(Strategy.RULE_GUIDED, engine(imports, calls).migrate(code).strategy());
        assertEquals(code, engine(imports, calls).rewriteConfident(code).output());
        assertEquals(Strategy.DIRECT_RULE, engine(imports, calls).migrate(
                code + "e = mean_squared_error(y, p, squared=False)\n").strategy());
    }

    @Test
    void learnedRenameOfOneOfTwoImportsOfANameIsNotApplied() {
        final var move = learned(rule("m", "from sklearn.lda import LDA",
                "from sklearn.discriminant_analysis import LinearDiscriminantAnalysis"), 0.95);
        final var rename = learned(Rules.fromLibrary(rule("r", "LDA", "LinearDiscriminantAnalysis"), "sklearn"), 0.95);
        final String code = "try:\n    from sklearn.discriminant_analysis import LinearDiscriminantAnalysis as LDA\n"
                + "except ImportError:\n    from sklearn.lda import LDA\n\nclf = LDA(n_components=2)\n";
        assertEquals(code, engine(move, rename).rewriteConfident(code).output());
        assertEquals("from sklearn.discriminant_analysis import LinearDiscriminantAnalysis\n\n"
                + "clf = LinearDiscriminantAnalysis(n_components=2)\n", engine(move, rename)
                .rewriteConfident("from sklearn.lda import LDA\n\nclf = LDA(n_components=2)\n").output());
    }

    @Test
    void learnedRenameOfAFromImportedNameIsNotDirect() {
        final var rename = learned(Rules.fromLibrary(rule("r", "Imputer", "SimpleImputer"), "sklearn"), 0.95);
        final Decision decision = engine(rename).migrate("from sklearn.preprocessing import Imputer\nimp = Imputer()\n");
        assertEquals(Strategy.RULE_GUIDED, decision.strategy());
        assertEquals(Strategy.DIRECT_RULE, engine(rename).migrate("imp = Imputer()\n").strategy());
    }

    @Test
    void ruleWhoseTemplateIsNoPlainNameLeavesImportedNamesAlone() {
        final var r = rule("r", "plot_curve", "Display.from_estimator");
        assertEquals("from m import plot_curve\nDisplay.from_estimator(x)\n",
                engine(r).migrate("from m import plot_curve\nplot_curve(x)\n").output());
    }

    @Test
    void learnedRewriteOfAnImportedModuleToOneTheSnippetDoesNotImportIsNotDirect() {
        final var move = learned(Rules.fromLibrary(rule("r", "sp.linspace", "np.linspace"), "scipy"), 0.95);
        assertEquals(Strategy.RULE_GUIDED, engine(move).migrate("import scipy as sp\nx = sp.linspace(0, 1)\n").strategy());
        assertEquals(Strategy.DIRECT_RULE, engine(move).migrate(
                "import numpy as np\nimport scipy as sp\nx = sp.linspace(0, 1)\n").strategy());
    }

    @Test
    void confidentRewriteLeavesOutOnlyTheRuleThatWouldUseAnUnimportedName() {
        final var move = learned(rule("m", "sp.linspace", "np.linspace"), 0.95);
        final var floats = rule("f", "np.float", "float");
        assertEquals("import scipy as sp\nx = sp.linspace(0, 1)\ny = float(2)\n", engine(move, floats)
                .rewriteConfident("import scipy as sp\nx = sp.linspace(0, 1)\ny = np.float(2)\n").output());
    }

    @Test
    void rewriteThatRevealsAnUnsureMatchIsNotDirect() {
        final var object = learned(rule("o", "class C(object, $A)", "class C($A)"), 0.9);
        final String code = "class C(object, six.Iterator): pass\n";
        final Decision unsure = engine(object, learned(rule("i", "class C(six.Iterator): pass", "class C: pass"), 0.7))
                .migrate(code);
        assertEquals(Strategy.RULE_GUIDED, unsure.strategy());
        assertEquals(code, unsure.output());
        assertEquals("class C: pass\n", engine(object,
                learned(rule("i", "class C(six.Iterator): pass", "class C: pass"), 0.9)).migrate(code).output());
    }

    @Test
    void aConfidentRenameInsideACallThatAnotherRuleRewritesOtherwiseIsNoDirectAnswer() {
        final var rename = learned(rule("rename", "torch.cuda.amp.GradScaler", "torch.amp.GradScaler"), 0.9);
        final var call = learned(rule("call", "torch.cuda.amp.GradScaler()", "torch.amp.GradScaler(\"cuda\")"), 0.72);
        assertEquals(Strategy.RULE_GUIDED, engine(rename, call).migrate("s = torch.cuda.amp.GradScaler()\n").strategy());
        assertEquals(Strategy.DIRECT_RULE, engine(rename, call).migrate("s = torch.cuda.amp.GradScaler(init_scale=2)\n").strategy());
    }

    @Test
    void aLongerRuleTooUnsureToGuideLeavesTheConfidentRenameDirect() {
        final var rename = learned(rule("rename", "torch.cuda.amp.GradScaler", "torch.amp.GradScaler"), 0.9);
        final var call = learned(rule("call", "torch.cuda.amp.GradScaler()", "torch.amp.GradScaler(\"cuda\")"), 0.5);
        assertEquals("s = torch.amp.GradScaler()\n", engine(rename, call).migrate("s = torch.cuda.amp.GradScaler()\n").output());
    }

    @Test
    void aKeywordRuleOnAnyCalleeIsNoDirectAnswerWhereAnotherCallPassesItsKeywordOtherwise() {
        final var rule = rule("r", "$CALLEE($$$M1, pretrained=False, $$$M2)", "$CALLEE($$$M1, weights=None, $$$M2)");
        final Decision decision = engine(rule).migrate("a = resnet50(pretrained=False)\nb = vgg16(pretrained=True)\n");
        assertEquals(Strategy.RULE_GUIDED, decision.strategy());
        assertEquals(Strategy.DIRECT_RULE, engine(rule).migrate("a = resnet50(pretrained=False)\n").strategy());
    }
}
