package io.apimigrate.rules.engine;

import static io.apimigrate.rules.engine.Rules.rewrite;
import static io.apimigrate.rules.engine.Rules.rule;
import static io.apimigrate.rules.engine.Rules.topLevelOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.apimigrate.rules.model.Rule;
import org.junit.jupiter.api.Test;

/** One before/after pair per kind of transformation a rule can make. */
class RewriteKindsTest {

    /** A multi-line call turned into a layer object called on the first argument, as an example laid it out. */
    private static final Rule DROPOUT = rule("r", "tf.layers.dropout(\n    $A1,\n    rate=$A2,\n    training=$A3,\n)",
            "tf.keras.layers.Dropout(\n    rate=$A2,\n)($A1, training=$A3)");

    @Test
    void qualifiedNameRename() {
        assertEquals("x = float(1.5)\n", rewrite("x = np.float(1.5)\n", rule("r", "np.float", "float")));
    }

    @Test
    void wholeImportStatementMove() {
        assertEquals("from pydantic_settings import BaseSettings  # settings\nx = 1\n",
                rewrite("from pydantic import BaseSettings  # settings\nx = 1\n",
                        rule("r", "from pydantic import BaseSettings", "from pydantic_settings import BaseSettings")));
    }

    @Test
    void aCallWithATrailingCommaMatchesAndKeepsIt() {
        final var positional = rule("r", "get_connection($A1, $A2)", "get_connection($A1, fail_silently=$A2)");
        assertEquals("get_connection(\n    \"example.backend\",\n    fail_silently=True,\n)\n",
                rewrite("get_connection(\n    \"example.backend\",\n    True,\n)\n", positional));
        assertEquals("f(a, k=1,)\n", rewrite("f(a,)\n", rule("r", "f($A1)", "f($A1, k=1)")));
        assertEquals("f(a,)\n", rewrite("f(a, b,)\n", rule("r", "f($A1, $A2)", "f($A1)")));
        assertEquals("f(,)\n", rewrite("f(,)\n", rule("r", "f()", "g()")));
        assertEquals("f(x, \"1\",)\n", rewrite("f(x, \"1\",)\n", rule("r", "f(x, \"1\")", "f(x, )")));
        assertEquals("f(a, )\n", rewrite("f(a, k=False,)\n", rule("r", "f($$$M1, k=False, $$$M2)", "f($$$M1, $$$M2)")));
    }

    @Test
    void aLambdaIsOneArgumentWhateverItsParametersAndBody() {
        final var load = rule("r", "torch.load($A1, map_location=$A2)", "torch.load($A1, map_location=$A2, weights_only=True)");
        assertEquals("c = torch.load(p, map_location=lambda storage, loc: storage, weights_only=True)\n",
                rewrite("c = torch.load(p, map_location=lambda storage, loc: storage)\n", load));
        assertEquals("c = torch.load(p, map_location=lambda s, l=0, *a, **k: s.cuda(l), weights_only=True)\n",
                rewrite("c = torch.load(p, map_location=lambda s, l=0, *a, **k: s.cuda(l))\n", load));
        assertEquals("y = df.agg(lambda: 0)\n", rewrite("y = df.apply(lambda: 0)\n", rule("r", "$X.apply($A1)", "$X.agg($A1)")));
        assertEquals("y = df.map(lambda v: (lambda w: w + v)(1), na_action=None)\n",
                rewrite("y = df.applymap(lambda v: (lambda w: w + v)(1), na_action=None)\n",
                        rule("r", "$X.applymap($A1, na_action=$A2)", "$X.map($A1, na_action=$A2)")));
    }

    @Test
    void anArgumentAddedAfterTheLastOneStaysOnItsLineWhenTheBracketClosesBelow() {
        final var load = rule("r", "torch.load($A1, map_location=$A2)", "torch.load($A1, map_location=$A2, weights_only=True)");
        assertEquals("c = torch.load(\n    io.BytesIO(b), map_location=m, weights_only=True\n)\n",
                rewrite("c = torch.load(\n    io.BytesIO(b), map_location=m\n)\n", load));
        assertEquals("y = foo(a, k=1\n        )\n", rewrite("y = foo(a\n        )\n", rule("r", "foo($A1)", "foo($A1, k=1)")));
    }

    @Test
    void aKeywordArgumentOnItsOwnLineGoesWithItsLine() {
        final var removal = rule("r", "send_mail($$$M1, fail_silently=False, $$$M2)", "send_mail($$$M1, $$$M2)");
        assertEquals("send_mail(\n    \"s\",\n    [\"t\"],\n)\n",
                rewrite("send_mail(\n    \"s\",\n    [\"t\"],\n    fail_silently=False,\n)\n", removal));
        assertEquals("send_mail(\n    \"s\",\n\n    [\"t\"],\n    \n)\n",
                rewrite("send_mail(\n    \"s\",\n\n    [\"t\"],\n    fail_silently=False,\n)\n", removal));
    }

    @Test
    void aRemovedLastArgumentTakesItsCommaWhenTheBracketClosesOnTheNextLine() {
        final var copy = rule("r", "np.array($$$M1, copy=False, $$$M2)", "np.asarray($$$M1, $$$M2)");
        assertEquals("x = np.asarray(\n    np.sqrt(v)\n)\n", rewrite("x = np.array(\n    np.sqrt(v), copy=False\n)\n", copy));
        assertEquals("x = np.asarray(\n    v,\n)\n", rewrite("x = np.array(\n    v,\n    copy=False,\n)\n", copy));
    }

    @Test
    void aRemovedLastArgumentOnTheBracketsLineTakesTheLineBreakBeforeIt() {
        final var iid = rule("r", "GridSearchCV($$$M1, iid=True, $$$M2)", "GridSearchCV($$$M1, $$$M2)");
        assertEquals("gs = GridSearchCV(net, params, cv=3,\n                  scoring='accuracy')\n",
                rewrite("gs = GridSearchCV(net, params, cv=3,\n                  scoring='accuracy',\n                  iid=True)\n", iid));
        assertEquals("gs = GridSearchCV(net,  # the model\n                  )\n",
                rewrite("gs = GridSearchCV(net,  # the model\n                  iid=True)\n", iid));
    }

    @Test
    void droppedParenthesesKeepTheClosingBracketsLine() {
        assertEquals("print(\n    \"foo{}\".format(1)\n)\n",
                rewrite("print(\n    (\"foo{}\".format(1))\n)\n", rule("r", "print(($X))", "print($X)")));
    }

    @Test
    void addedImportGoesWhereIsortWouldPutIt() {
        final String before = "from __future__ import annotations\nimport numpy as np\nfrom os import path\nnp.source(f)\n";
        final String after = "from __future__ import annotations\nimport inspect\nimport numpy as np\nfrom os import path\n"
                + "print(inspect.getsource(f))\n";
        assertEquals(after, rewrite(before,
                Rules.withImports(rule("r", "np.source($X)", "print(inspect.getsource($X))"), "import inspect")));
    }

    @Test
    void anImportThatWouldRebindANameTheCodeImportsOtherwiseIsNoRewrite() {
        final String before = "from datetime import datetime\nimport pandas as pd\na = pd.datetime(2018, 3, 1)\n"
                + "b = datetime(2011, 4, 9)\n";
        assertEquals(before, rewrite(before, Rules.withImports(rule("r", "pd.datetime", "datetime.datetime"), "import datetime")));
    }

    @Test
    void aReplacementTakesTheTemplatesSpaceBeforeIt() {
        assertEquals("ok = a is not b\n", rewrite("ok = not_same(a, b)\n", rule("r", "not_same($A1, $A2)", "$A1 is not $A2")));
    }

    @Test
    void qualifiedNameMove() {
        assertEquals("y = tf.math.log(tf.math.log(x))", rewrite("y = tf.log(tf.log(x))", rule("r", "tf.log", "tf.math.log")));
    }

    @Test
    void renameLeavesLongerNamesAlone() {
        assertEquals("np.float64(1)", rewrite("np.float64(1)", rule("r", "np.float", "float")));
    }

    @Test
    void renameLeavesAttributesOfOtherObjectsAlone() {
        assertEquals("obj.np.float", rewrite("obj.np.float", rule("r", "np.float", "float")));
    }

    @Test
    void methodRename() {
        assertEquals("for k, v in df.groupby('a').items():\n    pass\n",
                rewrite("for k, v in df.groupby('a').iteritems():\n    pass\n", rule("r", "$X.iteritems()", "$X.items()")));
    }

    @Test
    void keywordRenameKeepsOtherArgumentsAndLayout() {
        final String before = """
                enc = OneHotEncoder(
                    handle_unknown="ignore",  # keep me
                    sparse=False,
                    dtype=int,
                )
                """;
        final String after = """
                enc = OneHotEncoder(
                    handle_unknown="ignore",  # keep me
                    sparse_output=False,
                    dtype=int,
                )
                """;
        assertEquals(after, rewrite(before,
                rule("r", "OneHotEncoder($$$A, sparse=$V, $$$B)", "OneHotEncoder($$$A, sparse_output=$V, $$$B)")));
    }

    @Test
    void keywordValueMapping() {
        assertEquals("pd.read_csv(path, on_bad_lines='skip')", rewrite("pd.read_csv(path, error_bad_lines=False)",
                rule("r", "pd.read_csv($$$A, error_bad_lines=False, $$$B)", "pd.read_csv($$$A, on_bad_lines='skip', $$$B)")));
    }

    @Test
    void argumentRemovalLeavesNoDanglingComma() {
        assertEquals("opt.minimize(loss)", rewrite("opt.minimize(loss, colocate_gradients_with_ops=True)",
                rule("r", "$X.minimize($$$A, colocate_gradients_with_ops=$V, $$$B)", "$X.minimize($$$A, $$$B)")));
    }

    @Test
    void argumentAddition() {
        assertEquals("KMeans(3, n_init='auto')",
                rewrite("KMeans(3)", rule("r", "KMeans($A)", "KMeans($A, n_init='auto')")));
    }

    @Test
    void argumentReorderWithModuleMove() {
        assertEquals("x = torch.linalg.solve(A, b)",
                rewrite("x = torch.solve(b, A)", rule("r", "torch.solve($B, $A)", "torch.linalg.solve($A, $B)")));
    }

    @Test
    void positionalToKeyword() {
        assertEquals("tf.argmax(input=logits, axis=1)",
                rewrite("tf.argmax(logits, 1)", rule("r", "tf.argmax($A, $B)", "tf.argmax(input=$A, axis=$B)")));
    }

    @Test
    void restructureWithMetavariables() {
        assertEquals("out = pd.concat([df.groupby('k').sum(), row], ignore_index=True)",
                rewrite("out = df.groupby('k').sum().append(row, ignore_index=True)",
                        rule("r", "$X.append($Y, ignore_index=True)", "pd.concat([$X, $Y], ignore_index=True)")));
    }

    @Test
    void importIsAddedAfterExistingImports() {
        final String before = "import numpy as np\nimport os\n\ny = cumproduct(x)\n";
        final String after = "import numpy as np\nimport os\nfrom numpy import cumprod\n\ny = cumprod(x)\n";
        assertEquals(after, rewrite(before, Rules.withImports(rule("r", "cumproduct", "cumprod"), "from numpy import cumprod")));
    }

    @Test
    void importLineTakesTheNameTheMatchCaptured() {
        final String before = "import numpy as np\n\ntry:\n    pass\nexcept np.AxisError:\n    pass\n";
        final String after = "import numpy as np\nfrom numpy.exceptions import AxisError\n\ntry:\n    pass\n"
                + "except AxisError:\n    pass\n";
        assertEquals(after, rewrite(before,
                Rules.withImports(rule("r", "np.$NAME", "$NAME"), "from numpy.exceptions import $NAME")));
    }

    @Test
    void importAlreadyPresentIsNotRepeated() {
        final String before = "from numpy import cumprod\ny = cumproduct(x)\n";
        assertEquals("from numpy import cumprod\ny = cumprod(x)\n",
                rewrite(before, Rules.withImports(rule("r", "cumproduct", "cumprod"), "from numpy import cumprod")));
    }

    @Test
    void multiLineTemplateTakesTheIndentationOfTheMatch() {
        final String before = "def f(x):\n    return old_api(x)\n";
        final String after = "def f(x):\n    return new_api(x,\n        flag=True,\n    )\n";
        assertEquals(after, rewrite(before, rule("r", "old_api($A)", "new_api($A,\n    flag=True,\n)")));
    }

    @Test
    void nestedMatchesAreAllRewritten() {
        assertEquals("a.items().items()", rewrite("a.iteritems().iteritems()", rule("r", "$X.iteritems()", "$X.items()")));
    }

    @Test
    void repeatedMetavariableMustBindTheSameCode() {
        final var r = rule("r", "$X == $X", "True");
        assertEquals("True", rewrite("a.b == a.b", r));
        assertEquals("a.b == a.c", rewrite("a.b == a.c", r));
    }

    @Test
    void deletedStatementTakesItsLine() {
        assertEquals("x = 1\ny = 2\n", rewrite("x = 1\ndefault_app_config = 'a.b'  # old\ny = 2\n",
                rule("r", "default_app_config = $V", "")));
    }

    @Test
    void deletingTheOnlyStatementOfABlockLeavesPass() {
        assertEquals("if debug:\n    pass\nz = 3\n", rewrite("if debug:\n    default_app_config = 'a.b'\nz = 3\n",
                rule("r", "default_app_config = $V", "")));
    }

    @Test
    void insertionKeepsTheTemplatesSpaceBeforeIt() {
        assertEquals("x.y = x.y.drop(['a'])\n", rewrite("x.y.drop(['a'], inplace=True)\n",
                rule("r", "x.y.drop($$$A, inplace=True)", "x.y = x.y.drop($$$A)")));
    }

    @Test
    void ruleThatMakesAnAssignmentRewritesWholeStatementsOnly() {
        final var r = rule("r", "$X.drop($$$A, inplace=True)", "$X = $X.drop($$$A)");
        assertEquals("df = df.drop(['a'])\n", rewrite("df.drop(['a'], inplace=True)\n", r));
        assertEquals("f((df.drop(['a'], inplace=True)))\n", rewrite("f((df.drop(['a'], inplace=True)))\n", r));
        assertEquals("y = df.drop(['a'], inplace=True)\n", rewrite("y = df.drop(['a'], inplace=True)\n", r));
    }

    @Test
    void aTopLevelStatementInParenthesesIsStillTopLevel() {
        final var r = topLevelOnly(rule("r", "$X.drop($$$A, inplace=True)", "$X = $X.drop($$$A)"));
        assertEquals("df = (df.drop(['a']))\n", rewrite("(df.drop(['a'], inplace=True))\n", r));
        assertEquals("if c:\n    (df.drop(['a'], inplace=True))\n", rewrite("if c:\n    (df.drop(['a'], inplace=True))\n", r));
    }

    @Test
    void assignmentMadeOfAStatementInParenthesesGoesInFrontOfThem() {
        final var r = rule("r", "$X.drop($$$A, inplace=True)", "$X = $X.drop($$$A)");
        assertEquals("df = (df.drop(['a']))\n", rewrite("(df.drop(['a'], inplace=True))\n", r));
        assertEquals("df = ((\n    df.drop(['a'])\n))\n", rewrite("((\n    df.drop(['a'], inplace=True)\n))\n", r));
    }

    @Test
    void deletedStatementAfterASemicolonTakesTheSemicolon() {
        assertEquals("x = 1\n", rewrite("x = 1; default_app_config = 'a.b'\n", rule("r", "default_app_config = $V", "")));
    }

    @Test
    void deletedStatementBeforeASemicolonTakesTheSemicolon() {
        assertEquals("x = 1\n", rewrite("default_app_config = 'a.b'; x = 1\n", rule("r", "default_app_config = $V", "")));
    }

    @Test
    void attributeRenameLeavesTheModulePathOfAFromImportAlone() {
        final var r = rule("r", "pydantic.generics", "pydantic.BaseModel");
        assertEquals("from pydantic.generics import GenericModel\n",
                rewrite("from pydantic.generics import GenericModel\n", r));
        assertEquals("x = pydantic.BaseModel\n", rewrite("x = pydantic.generics\n", r));
    }

    @Test
    void deletionBetweenTwoWordsKeepsTheSpaceThatSeparatesThem() {
        assertEquals("from sklearn.ensemble import A, B\n", rewrite("from sklearn.ensemble.forest import A, B\n",
                rule("r", "from sklearn.ensemble.forest import A, B", "from sklearn.ensemble import A, B")));
    }

    @Test
    void keywordIsNotAddedToACallThatMayPassItAlready() {
        final var r = rule("r", "run($$$A, universal_newlines=$V, $$$B)", "run($$$A, text=$V, $$$B)");
        assertEquals("run(x, text=True)\n", rewrite("run(x, universal_newlines=True)\n", r));
        assertEquals("run(x, text=True, universal_newlines=True)\n",
                rewrite("run(x, text=True, universal_newlines=True)\n", r));
        assertEquals("run(x, universal_newlines=True, **kw)\n", rewrite("run(x, universal_newlines=True, **kw)\n", r));
    }

    @Test
    void keywordAddedToEveryCallSettlesBecauseCallsPassingItAreSkipped() {
        final var r = rule("r", "KMeans($$$A)", "KMeans($$$A, n_init=\"auto\")");
        assertEquals("km = KMeans(n_clusters=8, n_init=\"auto\")\n", rewrite("km = KMeans(n_clusters=8)\n", r));
        assertEquals("km = KMeans(n_init=10)\n", rewrite("km = KMeans(n_init=10)\n", r));
    }
    @Test
    void replacementTakesTheTemplatesSpaceAfterItWhereItChangesThatSpace() {
        final var r = rule("r", "check($A, $B, $C)", "check($A.context[$B], $C)");
        assertEquals("check(response.context[\"form\"], \"user\")\n", rewrite("check(response, \"form\", \"user\")\n", r));
        assertEquals("check(\n    response.context[\"form\"],\n    \"user\"\n)\n",
                rewrite("check(\n    response,\n    \"form\",\n    \"user\"\n)\n", r));
    }

    @Test
    void replacementKeepsACommentInTheSpaceAfterIt() {
        final var r = rule("r", "check($A, $B, $C)", "check($A.context[$B], $C)");
        assertEquals("check(response.context[  # the form\n    \"form\"], \"user\")\n",
                rewrite("check(response,  # the form\n    \"form\", \"user\")\n", r));
    }

    @Test
    void aClosingBracketTheTemplateAddsAfterAValueStaysOnTheValuesLine() {
        assertEquals("Client(\n    headers={\"host\": \"example.com\"}\n)\n",
                rewrite("Client(\n    HTTP_HOST=\"example.com\"\n)\n",
                        rule("r", "Client($$$M1, HTTP_HOST=$A1, $$$M2)", "Client($$$M1, headers={\"host\": $A1}, $$$M2)")));
    }

    @Test
    void aCommaBeforeALineBreakInTheTemplateTakesASpaceOnOneLine() {
        assertEquals("y = format_html(\"<b>{}</b>\", message)\n",
                rewrite("y = format_html(\"<b>{}</b>\".format(message))\n",
                        rule("r", "\"<b>{}</b>\".format(\n        $A1\n    )", "\"<b>{}</b>\", \n    $A1")));
    }

    @Test
    void anEmptyArgumentRunBeforeTheAnchorStillMatchesAPlainCallee() {
        final var rule = rule("r", "$CALLEE($$$M1, size_average=False, $$$M2)", "$CALLEE($$$M1, reduction=\"sum\", $$$M2)");
        assertEquals("loss = nn.MSELoss(reduction=\"sum\")\n", rewrite("loss = nn.MSELoss(size_average=False)\n", rule));
        assertEquals("loss = MSELoss(reduction=\"sum\")\n", rewrite("loss = MSELoss(size_average=False)\n", rule));
    }

    @Test
    void removedTokensLeaveTheTemplatesSpaceBetweenTheirNeighbours() {
        final var solve = rule("r", "$A1, _ = torch.solve($A2, $A3)", "$A1 = torch.linalg.solve($A3, $A2)");
        assertEquals("x = torch.linalg.solve(A, b)\n", rewrite("x, _ = torch.solve(b, A)\n", solve));
        assertEquals("from a.b import x\n", rewrite("from a.b.c import x\n", rule("r", "from a.b.c import x", "from a.b import x")));
    }

    @Test
    void aPatternThatAssignsMatchesOnlyAtAStatementsStart() {
        final var solve = rule("r", "$A1, _ = torch.solve($A2, $A3)", "$A1 = torch.linalg.solve($A3, $A2)");
        assertEquals("a, x, _ = torch.solve(b, A)\n", rewrite("a, x, _ = torch.solve(b, A)\n", solve));
        assertEquals("f(x, _=torch.solve(b, A))\n", rewrite("f(x, _=torch.solve(b, A))\n", solve));
    }

    @Test
    void anInsertionBetweenTwoWordsTakesTheTemplatesSpaces() {
        assertEquals("from torch.nn.utils.parametrizations import weight_norm\n",
                rewrite("from torch.nn.utils import weight_norm\n", rule("r", "from torch.nn.utils import weight_norm",
                        "from torch.nn.utils.parametrizations import weight_norm")));
    }

    @Test
    void aLineInsertedBeforeAClosingBracketOnItsOwnLineIsIndentedLikeTheTemplates() {
        final var init = rule("r", "KMeans(\n    n_clusters=$A1,\n)", "KMeans(\n    n_clusters=$A1,\n    n_init=\"auto\",\n)");
        assertEquals("if t:\n    km = KMeans(\n        n_clusters=k,\n        n_init=\"auto\",\n    )\n",
                rewrite("if t:\n    km = KMeans(\n        n_clusters=k,\n    )\n", init));
    }

    @Test
    void aLastArgumentsLineRemovedLeavesTheClosingBracketWhereItWas() {
        final var squeeze = rule("r", "read_csv(\n    $A1,\n    squeeze=True,\n)", "read_csv(\n    $A1,\n)");
        assertEquals("x = read_csv(\n    p,\n)\n", rewrite("x = read_csv(\n    p,\n    squeeze=True,\n)\n", squeeze));
    }

    @Test
    void aKeywordInsertedBeforeAValueOnItsOwnLineStaysOnThatLine() {
        final var simpson = rule("r", "simps(\n    $A1,\n    $A2,\n)", "simpson(\n    $A1,\n    x=$A2,\n)");
        assertEquals("f = simpson(\n    y,\n    x=t,\n)\n", rewrite("f = simps(\n    y,\n    t,\n)\n", simpson));
    }

    @Test
    void aLastArgumentsLineReplacedByATrailerLeavesTheClosingBracketWhereItWas() {
        final var squeeze = rule("r", "read_csv(\n    $A1,\n    squeeze=True,\n)", "read_csv(\n    $A1,\n).squeeze(\"columns\")");
        assertEquals("x = read_csv(\n    p,\n).squeeze(\"columns\")\n",
                rewrite("x = read_csv(\n    p,\n    squeeze=True,\n)\n", squeeze));
    }

    @Test
    void aRemovedTrailingCommaTakesTheTemplatesLayoutWhereTheSourceHadThePatterns() {
        assertEquals("if t:\n    e = tf.keras.layers.Dropout(\n        rate=r,\n    )(e, training=m)\n",
                rewrite("if t:\n    e = tf.layers.dropout(\n        e,\n        rate=r,\n        training=m,\n    )\n", DROPOUT));
    }

    @Test
    void templateLineBreaksTakeTheSourcesLineEnding() {
        assertEquals("e = tf.keras.layers.Dropout(\r\n    rate=r,\r\n)(e, training=m)\r\n",
                rewrite("e = tf.layers.dropout(\r\n    e,\r\n    rate=r,\r\n    training=m,\r\n)\r\n", DROPOUT));
    }

    @Test
    void aPassThatKeepsAnEmptiedBlockEndsAsTheLineItReplaces() {
        final var hold = rule("r", "$X.hold(True)", "");
        assertEquals("if t:\n    pass\nx = 1\n", rewrite("if t:\n    ax.hold(True)\nx = 1\n", hold));
        assertEquals("if t:\r\n    pass\r\nx = 1\r\n", rewrite("if t:\r\n    ax.hold(True)\r\nx = 1\r\n", hold));
    }
}
