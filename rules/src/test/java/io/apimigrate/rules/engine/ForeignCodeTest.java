package io.apimigrate.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.Strategy;
import io.apimigrate.rules.model.Constraint;
import io.apimigrate.rules.model.Evidence;
import io.apimigrate.rules.model.ImportEdits;
import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleKind;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.model.RuleFormatException;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.rules.model.RulesJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Learned rules stay out of code whose own names or imports say it is not their API. */
class ForeignCodeTest {

    private static final Rule MATCHING = learned("scipy.matching", "matching", "hamming",
            new Evidence(List.of("scipy"), List.of(), false, 0.94, "", List.of(), false, List.of()));
    private static final Rule VARIABLE = learned("torch.variable", "Variable($A1)", "$A1",
            new Evidence(List.of("torch"), List.of(), false, 0.97, "", List.of(), false, List.of()));
    private static final Rule SERIES_BOOL = learned("pandas.bool", "$X.bool()", "bool($X.item())",
            new Evidence(List.of("pandas"), List.of("mask"), true, 0.55, "", List.of(), false, List.of()));

    private static Rule learned(final String id, final String pattern, final String template, final Evidence evidence) {
        return new Rule(id, "lib", "", "", "", "", RuleKind.RESTRUCTURE, pattern, template, Map.of(), ImportEdits.NONE,
                evidence, 0.95, 3, 0.95, true, RuleOrigin.LEARNED, List.of());
    }

    private static MigrationEngine engine(final Rule rule) {
        return MigrationEngine.of(RuleSet.of(List.of(rule)), RoutingThresholds.DEFAULT);
    }

    @Test
    void aMethodCalledWithAKeywordItsExamplesNeverPassedIsAnotherClasssMethod() {
        final Rule tostring = learned("numpy.tostring", "$X.tostring", "$X.tobytes",
                new Evidence(List.of("numpy"), List.of("arr"), true, 0.79, "", List.of(), false, List.of()));
        final String code = "import numpy as np\nexpr = np.f2py.symbolic.as_eq(x, y)\nassert expr.tostring(language=lang) == s\n";
        assertEquals(Strategy.RULE_GUIDED, engine(tostring).migrate(code).strategy());
        final String shown = "import numpy as np\nexpr = np.f2py.symbolic.as_eq(x, y)\nassert expr.tostring() == s\n";
        assertEquals(Strategy.DIRECT_RULE, engine(tostring).migrate(shown).strategy());
    }

    @Test
    void aMethodCalledWithMorePositionalArgumentsThanItsExamplesIsAnotherClasssMethod() {
        final Rule save = learned("pandas.save", "$X.save", "$X.close",
                new Evidence(List.of("pandas"), List.of("writer"), true, 0.7, "", List.of(), false, List.of(), false, 0));
        final String code = "import pandas as pd\ncp = pd.ExcelWriter(p)\ncp.save(artifact_path)\n";
        assertEquals(Strategy.RULE_GUIDED, engine(save).migrate(code).strategy());
        assertEquals("import pandas as pd\ncp = pd.ExcelWriter(p)\ncp.close()\n",
                engine(save).migrate("import pandas as pd\ncp = pd.ExcelWriter(p)\ncp.save()\n").output());
    }

    @Test
    void aNameItsExamplesCalledThatIsNotCalledIsAnotherClasssField() {
        final Rule select = learned("tensorflow.select", "$X.select", "$X.where",
                new Evidence(List.of("tensorflow"), List.of("tf"), true, 0.24, "", List.of(), false, List.of(), false, 3));
        final String field = "import tensorflow as tf\nopts = tf.OptionsProto()\nopts.select.append(p)\n";
        assertEquals("import tensorflow as tf\nopts = tf.OptionsProto()\nopts.select.append(p)\n",
                engine(select).rewriteConfident(field).output());
        final String called = "import tensorflow as tf\nopts = tf.OptionsProto()\ny = opts.select(c, a, b)\n";
        assertEquals(Strategy.DIRECT_RULE, engine(select).migrate(called).strategy());
    }

    @Test
    void aCalleeRenameLeavesNoArgumentThatAnotherRuleOfTheCalleeMovesOutOfTheCall() {
        final Rule rename = learned("matplotlib.get_cmap", "plt.cm.get_cmap", "mpl.colormaps.get_cmap",
                new Evidence(List.of("matplotlib"), List.of(), false, 0.95, "", List.of(), false, List.of()));
        final Rule resampled = learned("matplotlib.lut", "cm.get_cmap($A1, $A2)",
                "matplotlib.colormaps.get_cmap($A1).resampled($A2)",
                new Evidence(List.of("matplotlib"), List.of(), false, 0.95, "", List.of(), false, List.of()));
        final MigrationEngine engine = MigrationEngine.of(RuleSet.of(List.of(rename, resampled)), RoutingThresholds.DEFAULT);
        final String imports = "import matplotlib as mpl\nimport matplotlib.pyplot as plt\n";
        final String lut = imports + "c = plt.cm.get_cmap(\"tab20\", n)\n";
        assertEquals(lut, engine.rewriteConfident(lut).output());
        assertEquals(imports + "c = mpl.colormaps.get_cmap(\"tab20\")\n",
                engine.rewriteConfident(imports + "c = plt.cm.get_cmap(\"tab20\")\n").output());
    }

    @Test
    void aValueItsExamplesNeverShowedAsAStringIsNoDirectMatchWhereItIsAStringParameter() {
        final Rule norm = new Rule("torch.norm", "lib", "", "", "", "", RuleKind.RESTRUCTURE,
                "torch.norm($$$M1, p=$A1, $$$M2)", "torch.linalg.vector_norm($$$M1, ord=$A1, $$$M2)",
                Map.of("A1", new Constraint(null, "^(?![rRbBuUfF]{0,2}['\"])")), ImportEdits.NONE,
                new Evidence(List.of("torch"), List.of(), false, 0.95, "", List.of(), false, List.of()),
                0.95, 3, 0.95, true, RuleOrigin.LEARNED, List.of());
        assertEquals(Strategy.RULE_GUIDED, engine(norm).migrate(
                "import torch\ndef sensitivity(x, norm_ord: str = \"fro\"):\n    return torch.norm(x, p=norm_ord, dim=1)\n")
                .strategy());
        assertEquals(Strategy.DIRECT_RULE, engine(norm).migrate(
                "import torch\ndef penalty(w, reg_term: Optional[int] = 1):\n    return torch.norm(w, p=reg_term)\n")
                .strategy());
    }

    private static final Rule RAVEL = learned("pandas.ravel", "$X.ravel", "$X.to_numpy",
            new Evidence(List.of("pandas"), List.of("series"), true, 0.59, "", List.of(), false, List.of()));

    @Test
    void anotherFunctionsLocalOfTheReceiversNameDoesNotHideTheModulesAssignment() throws RuleFormatException {
        final Rule sort = RulesJson.parseRule("""
                {"id": "pandas.sort.2", "library": "pandas", "kind": "qualified_rename",
                 "pattern": "$X.sort($$$K1, ascending=$K, $$$K2)", "template": "$X.sort_values($$$K1, ascending=$K, $$$K2)",
                 "evidence": {"modules": ["pandas"], "receiver_names": ["frame"], "ambiguous": true,
                              "unconfirmed_confidence": 0.8092, "keywords": ["ascending"], "callee_keywords": ["ascending", "by"]},
                 "precision": 0.922, "support": 1, "confidence": 0.922, "safe": true, "origin": "learned"}
                """);
        final String blaze = "import pandas as pd\nfrom blaze.expr import symbol\n\nt = symbol(\"t\", \"var * {a: int64}\")\n\n\n"
                + "def test_by():\n    t = tbig[[\"a\"]]\n\n\ndef test_sort():\n    e = t.sort(\"a\", ascending=True)\n";
        assertEquals(blaze, engine(sort).rewriteConfident(blaze).output());
        final String local = "import pandas as pd\nfrom blaze.expr import symbol\n\nt = symbol(\"t\", \"var * {a: int64}\")\n\n\n"
                + "def test_sort():\n    t = pd.read_csv(p)\n    e = t.sort(\"a\", ascending=True)\n";
        assertEquals(local.replace("t.sort(", "t.sort_values("), engine(sort).rewriteConfident(local).output());
    }

    @Test
    void aReceiverAssignedFromTheLibraryConfirmsAMatchBelow() {
        final String code = "import numpy as np\nimport pandas as pd\ns = pd.Series(x)\ny = s.ravel()\n";
        assertEquals(Strategy.DIRECT_RULE, engine(RAVEL).migrate(code).strategy());
    }

    @Test
    void aReceiverAssignedFromAnotherLibrarySinceIsNoLongerTheLibrarys() {
        final String code = "import numpy as np\nimport pandas as pd\ns = pd.Series(x)\ns = np.asarray(s)\ny = s.ravel()\n";
        assertEquals(Strategy.LLM_ONLY, engine(RAVEL).migrate(code).strategy());
    }

    @Test
    void aReceiverDerivedFromItselfStaysTheLibrarys() {
        final String code = "import numpy as np\nimport pandas as pd\ns = pd.Series(x)\ns = s[s > 0] / s.max()\ny = s.ravel()\n";
        assertEquals(Strategy.DIRECT_RULE, engine(RAVEL).migrate(code).strategy());
    }

    @Test
    void theAssignmentHoldingTheMatchDoesNotConfirmIt() {
        final String code = "import numpy as np\nimport pandas as pd\ndef f(data):\n    data = np.asarray(data)\n"
                + "    data = pd.DataFrame(dict(value=data.ravel()))\n";
        assertEquals(Strategy.LLM_ONLY, engine(RAVEL).migrate(code).strategy());
    }

    @Test
    void anImportedNameUnderAnAliasMovesToItsNewModuleDirectly() {
        final Rule moved = learned("sklearn.cross_validation", "$X.cross_validation import train_test_split",
                "$X.model_selection import train_test_split",
                new Evidence(List.of("sklearn"), List.of(), true, 0.95, "", List.of(), false, List.of()));
        assertEquals("from sklearn.model_selection import train_test_split as tts\nparts = tts(x)\n",
                engine(moved).rewriteConfident("from sklearn.cross_validation import train_test_split as tts\nparts = tts(x)\n")
                        .output());
    }

    @Test
    void aModuleMoveOfOneImportedNameLeavesAStatementWithNamesNoRuleMoves() {
        final Evidence sklearn = new Evidence(List.of("sklearn"), List.of(), true, 0.95, "", List.of(), false, List.of());
        final MigrationEngine engine = MigrationEngine.of(RuleSet.of(List.of(
                learned("sklearn.split", "$X.cross_validation import train_test_split",
                        "$X.model_selection import train_test_split", sklearn),
                learned("sklearn.score", "$X.cross_validation import cross_val_score",
                        "$X.model_selection import cross_val_score", sklearn))), RoutingThresholds.DEFAULT);
        assertEquals("from sklearn.model_selection import train_test_split, cross_val_score\n",
                engine.migrate("from sklearn.cross_validation import train_test_split, cross_val_score\n").output());
        assertEquals(Strategy.RULE_GUIDED,
                engine.migrate("from sklearn.cross_validation import train_test_split, Bootstrap\n").strategy());
    }

    @Test
    void anImportedNameUnderAnAliasIsNotRenamedDirectly() {
        final Rule rmse = learned("sklearn.mean_squared_error", "$X.metrics import mean_squared_error",
                "$X.metrics import root_mean_squared_error",
                new Evidence(List.of("sklearn"), List.of(), true, 0.92, "", List.of(), false, List.of()));
        final String aliased = "from sklearn.metrics import mean_squared_error as mse\ne = mse(y, p)\n";
        assertEquals(aliased, engine(rmse).rewriteConfident(aliased).output());
        assertEquals("from sklearn.metrics import root_mean_squared_error\ne = root_mean_squared_error(y, p)\n",
                engine(rmse).rewriteConfident("from sklearn.metrics import mean_squared_error\n"
                        + "e = root_mean_squared_error(y, p)\n").output());
    }

    @Test
    void aValueUnpackedWhereTheExamplesNeverUnpackedIsNoDirectAnswer() {
        final Rule lstsq = learned("torch.lstsq", "torch.lstsq($A1, $A2)", "torch.linalg.lstsq($A2, $A1)",
                new Evidence(List.of("torch"), List.of(), false, 0.95, "torch", List.of(), false, List.of()));
        assertEquals(Strategy.RULE_GUIDED,
                engine(lstsq).migrate("import torch\nsol, _ = torch.lstsq(y, design)\n").strategy());
        assertEquals(Strategy.DIRECT_RULE,
                engine(lstsq).migrate("import torch\nsol = torch.lstsq(y, design)[0]\n").strategy());
    }

    @Test
    void onlyAnAssignmentToSeveralTargetsUnpacksTheValue() {
        final MigrationEngine engine = engine(learned("torch.lstsq", "torch.lstsq($A1, $A2)", "torch.linalg.lstsq($A2, $A1)",
                new Evidence(List.of("torch"), List.of(), false, 0.95, "torch", List.of(), false, List.of())));
        for (final String unpacked : List.of("(a, b) = torch.lstsq(y, d)\n", "[a, b] = torch.lstsq(y, d)\n",
                "a, *rest = torch.lstsq(y, d)\n", "self.a, b = torch.lstsq(y, d)\n")) {
            assertEquals(Strategy.RULE_GUIDED, engine.migrate("import torch\n" + unpacked).strategy(), unpacked);
        }
        for (final String whole : List.of("x[i, j] = torch.lstsq(y, d)\n", "f(a, b=torch.lstsq(y, d))\n",
                "x = torch.lstsq(y, d)\n", "a, b = torch.lstsq(y, d).solution, 1\n")) {
            assertEquals(Strategy.DIRECT_RULE, engine.migrate("import torch\n" + whole).strategy(), whole);
        }
    }

    @Test
    void aValueUnpackedAsTheExamplesUnpackedItStaysDirect() {
        final Rule eig = learned("torch.eig", "torch.eig($A1)", "torch.linalg.eig($A1)",
                new Evidence(List.of("torch"), List.of(), false, 0.95, "torch", List.of(), false, List.of(), false, -1,
                        true));
        assertEquals(Strategy.DIRECT_RULE, engine(eig).migrate("import torch\nw, v = torch.eig(m)\n").strategy());
    }

    @Test
    void aKeywordItsExamplesPassedKeepsTheMethodTheirs() {
        final Rule tostring = learned("numpy.tostring", "$X.tostring", "$X.tobytes",
                new Evidence(List.of("numpy"), List.of("arr"), true, 0.79, "", List.of("order"), false, List.of()));
        final String code = "import numpy as np\nframe = np.zeros(3)\nb = frame.tostring(order=\"F\")\n";
        assertEquals("import numpy as np\nframe = np.zeros(3)\nb = frame.tobytes(order=\"F\")\n",
                engine(tostring).migrate(code).output());
    }

    @Test
    void aBareNameTheSnippetAssignsIsItsOwn() {
        final String code = "matching = \"x\"\nprint(f\"{matching}\")\n";
        assertEquals(code, engine(MATCHING).migrate(code).output());
    }

    @Test
    void aBareNameThatIsAParameterIsItsOwn() {
        final String code = "def f(matching):\n    return matching\n";
        assertEquals(code, engine(MATCHING).migrate(code).output());
    }

    @Test
    void aNameAmongOtherValuesThatIsAParameterIsItsOwn() {
        final Rule fragment = learned("airflow.setup", "setup,", "",
                new Evidence(List.of("airflow"), List.of(), false, 0.94, "", List.of(), false, List.of()));
        final String code = "def timeit(stmt, setup, number=None):\n    return isinstance(setup, str)\n";
        assertEquals(code, engine(fragment).migrate(code).output());
    }

    @Test
    void aKeywordArgumentsNameIsNoReferenceToTheName() {
        assertEquals("d = f(x, matching=1)\n", engine(MATCHING).migrate("d = f(x, matching=1)\n").output());
        assertEquals("d = f(hamming, y=1)\n", engine(MATCHING).migrate("d = f(matching, y=1)\n").output());
    }

    @Test
    void aReceiverAssignedFromAnotherLibrarysCallIsThatLibrarysObject() {
        final Rule render = learned("pandas.render", "$X.render($$$A)", "$X.to_html($$$A)",
                new Evidence(List.of("pandas"), List.of("styler"), true, 0.95, "", List.of(), false, List.of()));
        final String jinja = "import pandas as pd\nimport jinja2\nt = jinja2.Template(s)\nhtml = t.render(x=1)\n";
        assertEquals(Strategy.RULE_GUIDED, engine(render).migrate(jinja).strategy());
        final String styler = "import pandas as pd\nstyler = pd.DataFrame(d).style\nhtml = styler.render()\n";
        assertEquals(Strategy.DIRECT_RULE, engine(render).migrate(styler).strategy());
        final String attribute = "import pandas as pd\nimport jinja2\nenv = jinja2.Environment()\nhtml = env.tpl.render()\n";
        assertEquals(Strategy.RULE_GUIDED, engine(render).migrate(attribute).strategy());
    }

    @Test
    void anImportedQualifierTheSnippetRebindsIsNoDirectMatch() {
        final Rule npFloat = learned("numpy.float", "np.float", "float",
                new Evidence(List.of("numpy"), List.of(), false, 0.95, "numpy", List.of(), false, List.of()));
        assertEquals(Strategy.DIRECT_RULE, engine(npFloat).migrate("import numpy as np\nx = np.float(3)\n").strategy());
        assertEquals(Strategy.RULE_GUIDED,
                engine(npFloat).migrate("import numpy as np\nnp = MyNumpy()\nx = np.float(3)\n").strategy());
        assertEquals(Strategy.RULE_GUIDED,
                engine(npFloat).migrate("import numpy as np\ndef f(np):\n    return np.float(3)\n").strategy());
    }

    @Test
    void anImportedQualifierAnotherFunctionTakesAsAParameterIsStillTheModule() {
        final Rule npFloat = learned("numpy.float", "np.float", "float",
                new Evidence(List.of("numpy"), List.of(), false, 0.95, "numpy", List.of(), false, List.of()));
        final String code = "import numpy as np\ndef cost(x, np):\n    return np.sum(x)\ndef layout(n):\n"
                + "    return np.zeros(n, dtype=np.float)\n";
        assertEquals(code.replace("dtype=np.float", "dtype=float"), engine(npFloat).migrate(code).output());
    }

    @Test
    void anImportedQualifierReadInADefaultValueIsNotRebound() {
        final Rule npFloat = learned("numpy.float", "np.float", "float",
                new Evidence(List.of("numpy"), List.of(), false, 0.95, "numpy", List.of(), false, List.of()));
        assertEquals("import numpy as np\ndef f(sfreq=2 * np.pi):\n    return np.zeros(3, dtype=float)\n",
                engine(npFloat).migrate("import numpy as np\ndef f(sfreq=2 * np.pi):\n    return np.zeros(3, dtype=np.float)\n")
                        .output());
    }

    @Test
    void aQualifierTheSnippetDefinesItselfIsNotTheLibrarysModule() {
        final Rule sigmoid = learned("torch.sigmoid", "F.sigmoid", "torch.sigmoid",
                new Evidence(List.of("torch"), List.of(), false, 0.95, "", List.of(), false, List.of()));
        final String own = "class F:\n    @staticmethod\n    def sigmoid(x):\n        return x\ny = F.sigmoid(x)\n";
        assertEquals(own, engine(sigmoid).migrate(own).output());
        assertEquals("import torch\nimport torch.nn.functional as F\ny = torch.sigmoid(x)\n",
                engine(sigmoid).migrate("import torch\nimport torch.nn.functional as F\ny = F.sigmoid(x)\n").output());
    }

    @Test
    void aReceiverMadeByAClassTheSnippetDefinesIsItsOwnObject() {
        final Rule ix = learned("pandas.ix", "$X.ix", "$X.loc",
                new Evidence(List.of("pandas"), List.of("df"), true, 0.95, "", List.of(), false, List.of()));
        final String own = "import pandas as pd\nclass Frame:\n    ix = 1\nf = Frame()\nprint(f.ix)\n";
        assertEquals(own, engine(ix).migrate(own).output());
        assertEquals("import pandas as pd\ndf = pd.DataFrame(d)\nprint(df.loc)\n",
                engine(ix).migrate("import pandas as pd\ndf = pd.DataFrame(d)\nprint(df.ix)\n").output());
    }

    @Test
    void aMethodTheSnippetDefinesItselfIsItsOwn() {
        final Rule sortlevel = learned("pandas.sortlevel", "$X.sortlevel($A1)", "$X.sort_index(level=$A1)",
                new Evidence(List.of("pandas"), List.of("df"), false, 0.95, "", List.of(), false, List.of()));
        final String own = "class Tree:\n    def sortlevel(self, level):\n        return self\n\ndf.sortlevel(0)\n";
        assertEquals(Strategy.RULE_GUIDED, engine(sortlevel).migrate(own).strategy());
        assertEquals("df.sort_index(level=0)\n", engine(sortlevel).migrate("df.sortlevel(0)\n").output());
    }

    @Test
    void aFunctionTheSnippetDefinesAtModuleLevelIsNoMethod() {
        final Rule sortlevel = learned("pandas.sortlevel", "$X.sortlevel($A1)", "$X.sort_index(level=$A1)",
                new Evidence(List.of("pandas"), List.of("df"), false, 0.95, "", List.of(), false, List.of()));
        assertEquals("def sortlevel(df, level):\n    return df.sort_index(level=level)\n",
                engine(sortlevel).migrate("def sortlevel(df, level):\n    return df.sortlevel(level)\n").output());
    }

    @Test
    void aMethodTheCodeBaseDefinesIsNotRewrittenOnAReceiverItDoesNotImport() {
        final Rule names = learned("sklearn.get_feature_names", "$X.get_feature_names()", "$X.get_feature_names_out()",
                new Evidence(List.of("sklearn"), List.of("encoder"), false, 0.95, "", List.of(), false, List.of()));
        final MigrationEngine defining = engine(names).definingMethods(Set.of("get_feature_names"));
        final String call = "names = self.encoder.get_feature_names()\n";
        assertEquals(call, defining.rewriteConfident(call).output());
        assertEquals("names = self.encoder.get_feature_names_out()\n", engine(names).rewriteConfident(call).output());
    }

    @Test
    void aMethodTheCodeBaseDefinesIsStillRewrittenOnAnImportedModule() {
        final Rule toFloat = learned("tensorflow.to_float", "$X.to_float($A1)", "$X.cast($A1, $X.float32)",
                new Evidence(List.of("tensorflow"), List.of("tf"), false, 0.95, "", List.of(), false, List.of()));
        final String call = "import tensorflow as tf\ny = tf.to_float(x)\n";
        assertEquals("import tensorflow as tf\ny = tf.cast(x, tf.float32)\n",
                engine(toFloat).definingMethods(Set.of("to_float")).rewriteConfident(call).output());
    }

    @Test
    void theMethodsWatchedAreThoseOfRulesOnAnyReceiver() {
        final Rule names = learned("sklearn.get_feature_names", "$X.get_feature_names()", "$X.get_feature_names_out()",
                new Evidence(List.of("sklearn"), List.of("encoder"), false, 0.95, "", List.of(), false, List.of()));
        assertEquals(Set.of("get_feature_names"),
                MigrationEngine.of(RuleSet.of(List.of(names, VARIABLE, MATCHING)), RoutingThresholds.DEFAULT)
                        .methodsOnAnyReceiver());
    }

    @Test
    void aSourceDefinesTheWatchedMethodsItHasADefFor() {
        final Rule names = learned("sklearn.get_feature_names", "$X.get_feature_names()", "$X.get_feature_names_out()",
                new Evidence(List.of("sklearn"), List.of("encoder"), false, 0.95, "", List.of(), false, List.of()));
        final MigrationEngine engine = engine(names);
        assertEquals(Set.of("get_feature_names"), engine.methodsDefinedIn(
                "class E:\n    async def  get_feature_names(self):\n        pass\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Set.of(), engine.methodsDefinedIn(
                "undef get_feature_names\ndef get_feature_names(e): pass\n    def get_feature_names_out(self): pass\n"
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCythonCpdefDefinesAWatchedMethod() {
        final Rule names = learned("sklearn.get_feature_names", "$X.get_feature_names()", "$X.get_feature_names_out()",
                new Evidence(List.of("sklearn"), List.of("encoder"), false, 0.95, "", List.of(), false, List.of()));
        assertEquals(Set.of("get_feature_names"), engine(names).methodsDefinedIn(
                "cdef class _PoolBase:\n    cpdef get_feature_names(self):\n        return []\n"
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aKeywordEditOnAnyCallOnlyGuides() {
        final Rule sparse = learned("sklearn.sparse", "$CALLEE($$$M1, sparse=$A1, $$$M2)", "$CALLEE($$$M1, sparse_output=$A1, $$$M2)",
                new Evidence(List.of("sklearn"), List.of("OneHotEncoder"), true, 0.95, "", List.of(), false, List.of()));
        assertEquals(Strategy.RULE_GUIDED, engine(sparse).migrate("members = dict(sparse=\"Sparse member\")\n").strategy());
        assertEquals(Strategy.RULE_GUIDED, engine(sparse)
                .migrate("from sklearn.preprocessing import OneHotEncoder\nenc = OneHotEncoder(sparse=False)\n").strategy());
    }

    @Test
    void aBareNameTheSnippetNeitherBindsNorImportsIsStillMatched() {
        assertEquals("d = hamming(u, v)\n", engine(MATCHING).migrate("d = matching(u, v)\n").output());
    }

    @Test
    void aBareNameNothingBindsInAnotherLibrarysCodeIsNoDirectAnswer() {
        final Rule imsave = learned("scipy.imsave", "imsave", "imwrite",
                new Evidence(List.of("scipy", "imageio"), List.of(), false, 0.88, "scipy.misc.imsave", List.of(), false, List.of()));
        assertEquals(Strategy.RULE_GUIDED,
                engine(imsave).migrate("from skimage import io\nimsave(name, texture)\n").strategy());
        assertEquals(Strategy.RULE_GUIDED, engine(MATCHING).migrate("import networkx as nx\nd = matching(u, v)\n").strategy());
    }

    @Test
    void aBareNameNothingBindsWhereTheRulesLibraryIsImportedIsStillMatched() {
        assertEquals("import scipy\nimport networkx as nx\nd = hamming(u, v)\n",
                engine(MATCHING).migrate("import scipy\nimport networkx as nx\nd = matching(u, v)\n").output());
        assertEquals("import os\nd = hamming(u, v)\n", engine(MATCHING).migrate("import os\nd = matching(u, v)\n").output());
    }

    @Test
    void aNameImportedFromTheStandardLibraryIsNotTheApi() {
        final String code = "from tkinter import (Variable,\n    StringVar)\nv = Variable(root)\n";
        assertEquals(Strategy.UNCHANGED, engine(VARIABLE).migrate(code).strategy());
    }

    @Test
    void aNameImportedFromTheRulesLibraryIsTheApi() {
        assertEquals("from torch.autograd import Variable\nv = t\n",
                engine(VARIABLE).migrate("from torch.autograd import Variable\nv = Variable(t)\n").output());
    }

    @Test
    void aNameImportedFromAnotherLibraryIsNoDirectAnswer() {
        assertNotEquals(Strategy.DIRECT_RULE,
                engine(VARIABLE).migrate("from sympy.codegen.ast import Variable\nv = Variable(s)\n").strategy());
    }

    @Test
    void aQualifierBoundToAModuleOutsideTheRulesLibraryIsNotTheRulesApi() {
        final Rule log = learned("tensorflow.log", "tf.log", "tf.math.log",
                new Evidence(List.of("tensorflow"), List.of(), false, 0.96, "", List.of(), false, List.of()));
        assertEquals(List.of(), engine(log).matches("import mylib as tf\ny = tf.log(x)\n"));
        assertEquals("import tensorflow as tf\ny = tf.math.log(x)\n",
                engine(log).migrate("import tensorflow as tf\ny = tf.log(x)\n").output());
    }

    @Test
    void aQualifierBoundToAModuleTheRulesSpellInsideItIsNotTheRulesApi() {
        final Rule seed = learned("tensorflow.set_random_seed", "tf.set_random_seed", "tf.random.set_seed",
                new Evidence(List.of("tensorflow"), List.of(), false, 0.96, "", List.of(), false, List.of()));
        final Rule placeholder = learned("tensorflow.placeholder", "tf.placeholder", "tf.compat.v1.placeholder",
                new Evidence(List.of("tensorflow"), List.of(), false, 0.96, "", List.of(), false, List.of()));
        final MigrationEngine engine = MigrationEngine.of(RuleSet.of(List.of(seed, placeholder)), RoutingThresholds.DEFAULT);
        assertEquals(List.of(), engine.matches("import tensorflow.compat.v1 as tf\ntf.set_random_seed(1)\n"));
        assertEquals(List.of(), engine.matches("from tensorflow.compat import v1 as tf\ntf.set_random_seed(1)\n"));
        assertEquals("import tensorflow as tf\ntf.random.set_seed(1)\n",
                engine.migrate("import tensorflow as tf\ntf.set_random_seed(1)\n").output());
    }

    @Test
    void aReceiverBoundToAModuleTheRulesSpellInsideItIsNotTheExamplesObject() {
        final Rule seed = learned("tensorflow.set_random_seed", "$X.set_random_seed", "$X.random.set_seed",
                new Evidence(List.of("tensorflow"), List.of("tf"), true, 0.58, "", List.of(), false, List.of()));
        final Rule placeholder = learned("tensorflow.placeholder", "tf.placeholder", "tf.compat.v1.placeholder",
                new Evidence(List.of("tensorflow"), List.of(), false, 0.96, "", List.of(), false, List.of()));
        final MigrationEngine engine = MigrationEngine.of(RuleSet.of(List.of(seed, placeholder)), RoutingThresholds.DEFAULT);
        assertNotEquals(Strategy.DIRECT_RULE, engine.migrate("import tensorflow.compat.v1 as tf\ntf.set_random_seed(1)\n").strategy());
        assertEquals("import tensorflow as tf\ntf.random.set_seed(1)\n",
                engine.migrate("import tensorflow as tf\ntf.set_random_seed(1)\n").output());
    }

    @Test
    void aTemplateThatNamesAQualifierBoundToAModuleTheRulesSpellInsideItIsNoDirectAnswer() {
        final Rule iterator = learned("tensorflow.make_one_shot_iterator", "$X.make_one_shot_iterator()",
                "tf.compat.v1.data.make_one_shot_iterator($X)",
                new Evidence(List.of("tensorflow"), List.of("dataset"), true, 0.7, "", List.of(), false, List.of()));
        final MigrationEngine engine = MigrationEngine.of(RuleSet.of(List.of(iterator)), RoutingThresholds.DEFAULT);
        assertNotEquals(Strategy.DIRECT_RULE,
                engine.migrate("import tensorflow.compat.v1 as tf\nit = dataset.make_one_shot_iterator()\n").strategy());
        assertEquals("import tensorflow as tf\nit = tf.compat.v1.data.make_one_shot_iterator(dataset)\n",
                engine.migrate("import tensorflow as tf\nit = dataset.make_one_shot_iterator()\n").output());
    }

    @Test
    void aQualifierBoundToTheModuleItNamesIsTheRulesApi() {
        final Rule hann = learned("scipy.hann", "signal.hann", "signal.windows.hann",
                new Evidence(List.of("scipy"), List.of(), false, 0.96, "", List.of(), false, List.of()));
        assertEquals("from scipy import signal\nw = signal.windows.hann(8)\n",
                engine(hann).migrate("from scipy import signal\nw = signal.hann(8)\n").output());
    }

    @Test
    void aReceiverNamedLikeTheExamplesInAnotherLibrarysCodeIsNoDirectAnswer() {
        assertEquals(Strategy.RULE_GUIDED,
                engine(SERIES_BOOL).migrate("import torch\nkeep = attention_mask.bool()\n").strategy());
    }

    @Test
    void aReceiverNamedLikeTheExamplesConfirmsWhereNoOtherLibraryIsImported() {
        assertEquals(Strategy.DIRECT_RULE, engine(SERIES_BOOL).migrate("import os\nkeep = mask.bool()\n").strategy());
        assertEquals(Strategy.DIRECT_RULE,
                engine(SERIES_BOOL).migrate("import pandas as pd\nimport torch\nkeep = mask.bool()\n").strategy());
    }

    @Test
    void aCallPatternLeavesTheClassAndFunctionOfThatNameAlone() {
        final String code = "class Variable(Node):\n    pass\n\ndef Variable(x):\n    return x\n";
        assertEquals(code, engine(VARIABLE).migrate(code).output());
        assertEquals(code, Rules.rewrite(code, Rules.rule("r", "Variable($A)", "$A")));
    }

    @Test
    void aNameAStarImportFromAnotherModuleMayBindIsNoDirectAnswer() {
        final Rule product = learned("numpy.product", "product", "prod",
                new Evidence(List.of("numpy"), List.of(), false, 0.94, "", List.of(), false, List.of()));
        assertEquals(Strategy.RULE_GUIDED,
                engine(product).migrate("from itertools import *\np = list(product(a, b))\n").strategy());
        assertEquals(Strategy.DIRECT_RULE,
                engine(product).migrate("from numpy import *\np = product(a)\n").strategy());
    }

    @Test
    void aReceiverRuleLeavesTheClasssOwnMethodsAlone() {
        final Rule pad = learned("pandas.pad", "$X.pad()", "$X.ffill()",
                new Evidence(List.of("pandas"), List.of("df"), true, 0.55, "", List.of(), false, List.of()));
        final String own = "import pandas as pd\nclass T:\n    def f(self):\n        return self.pad()\n";
        assertEquals(own, engine(pad).migrate(own).output());
        assertEquals("import pandas as pd\ny = df.ffill()\n", engine(pad).migrate("import pandas as pd\ny = df.pad()\n").output());
    }

    @Test
    void aReceiverImportedFromAnotherModuleIsNotTheExamplesObject() {
        final Rule cfloat = learned("numpy.cfloat", "$X.cfloat", "$X.complex128",
                new Evidence(List.of("numpy"), List.of("np"), true, 0.75, "", List.of(), false, List.of()));
        assertEquals(Strategy.RULE_GUIDED,
                engine(cfloat).migrate("import numpy as np\nimport torch\nt = torch.cfloat\n").strategy());
        assertEquals("import numpy as np\nt = np.complex128\n",
                engine(cfloat).migrate("import numpy as np\nt = np.cfloat\n").output());
        final Rule uniform = learned("torch.uniform", "$X.uniform", "$X.uniform_",
                new Evidence(List.of("torch"), List.of("init"), true, 0.55, "", List.of(), false, List.of()));
        assertEquals(Strategy.UNCHANGED,
                engine(uniform).migrate("import random\nimport torch\nx = random.uniform(0, 1)\n").strategy());
    }

    @Test
    void aReceiverNamedAsTheExamplesButImportedFromAnotherModuleIsNotTheirs() {
        final Rule v2 = learned("tensorflow.v2", "$X.softmax_v2", "$X.softmax",
                new Evidence(List.of("tensorflow"), List.of("nn"), true, 0.55, "", List.of(), false, List.of(), false, -1,
                        false, List.of("tensorflow.nn")));
        final String internal = "from tensorflow.python.ops import nn\ny = nn.softmax_v2(x)\n";
        assertEquals(internal, engine(v2).migrate(internal).output());
        assertEquals("from tensorflow import nn\ny = nn.softmax(x)\n",
                engine(v2).migrate("from tensorflow import nn\ny = nn.softmax_v2(x)\n").output());
        final Rule anyPackage = learned("tensorflow.v2", "$X.softmax_v2", "$X.softmax",
                new Evidence(List.of("tensorflow"), List.of("nn"), true, 0.55, "", List.of(), false, List.of(), false, -1,
                        false, List.of("*.nn")));
        assertEquals(internal, engine(anyPackage).migrate(internal).output());
        assertEquals("from tensorflow import nn\ny = nn.softmax(x)\n",
                engine(anyPackage).migrate("from tensorflow import nn\ny = nn.softmax_v2(x)\n").output());
        final Rule backend = learned("keras.backend", "$X.old_op", "$X.new_op",
                new Evidence(List.of("tensorflow"), List.of("K"), true, 0.55, "", List.of(), false, List.of(), false, -1,
                        false, List.of("keras.backend")));
        assertEquals("from tensorflow.keras import backend as K\ny = K.new_op(x)\n",
                engine(backend).migrate("from tensorflow.keras import backend as K\ny = K.old_op(x)\n").output());
    }

    @Test
    void aDottedReceiverEndingInAnotherModuleIsNotTheExamplesOneWhateverKeywordsItShares() {
        final Rule sgd = learned("tensorflow.lr", "$X.SGD($$$M1, lr=$A1, $$$M2)", "$X.SGD($$$M1, learning_rate=$A1, $$$M2)",
                new Evidence(List.of("tensorflow"), List.of("optimizers"), true, 0.7885, "", List.of("lr", "momentum"),
                        false, List.of(), false, -1, false, List.of("*.optimizers")));
        final String torch = "optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.5)\n";
        assertEquals(Strategy.RULE_GUIDED, engine(sgd).migrate(torch).strategy());
        assertEquals("opt = tf.keras.optimizers.SGD(learning_rate=0.01, momentum=0.9)\n",
                engine(sgd).migrate("opt = tf.keras.optimizers.SGD(lr=0.01, momentum=0.9)\n").output());
    }

    @Test
    void aDottedReceiverReadThroughItsImportAsAnotherModuleIsNoDirectAnswer() {
        final Rule resize = learned("tensorflow.resize_images", "$X.resize_images", "$X.resize",
                new Evidence(List.of("tensorflow"), List.of("image"), true, 0.58, "", List.of(), false, List.of(), false, -1,
                        false, List.of("*.image")));
        assertNotEquals(Strategy.DIRECT_RULE, engine(resize)
                .migrate("import tensorflow.compat.v1 as tf1\nx = tf1.image.resize_images(a, b)\n").strategy());
        assertEquals("import tensorflow as tf\nx = tf.image.resize(a, b)\n",
                engine(resize).migrate("import tensorflow as tf\nx = tf.image.resize_images(a, b)\n").output());
    }

    @Test
    void handWrittenRulesRewriteEveryOccurrenceAsAstGrepDoes() {
        assertEquals("hamming = 1\n", Rules.rewrite("matching = 1\n", Rules.rule("r", "matching", "hamming")));
    }
}
