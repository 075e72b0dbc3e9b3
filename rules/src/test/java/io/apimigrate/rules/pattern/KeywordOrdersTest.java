package io.apimigrate.rules.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.apimigrate.rules.pattern.KeywordOrders.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The other orders of a pattern's adjacent keyword arguments, with their templates. */
class KeywordOrdersTest {

    @Test
    void twoKeywordsSwapInPatternAndTemplateAlike() {
        assertEquals(List.of(new Variant("$X.set_xlim($$$M1, xmax=$A2, xmin=$A1, $$$M2)",
                        "$X.set_xlim($$$M1, right=$A2, left=$A1, $$$M2)")),
                KeywordOrders.of("$X.set_xlim($$$M1, xmin=$A1, xmax=$A2, $$$M2)",
                        "$X.set_xlim($$$M1, left=$A1, right=$A2, $$$M2)"));
    }

    @Test
    void keywordsMergedIntoOneKeepTheTemplate() {
        assertEquals(List.of(new Variant("run($$$M1, stderr=PIPE, stdout=PIPE, $$$M2)",
                        "run($$$M1, capture_output=True, $$$M2)")),
                KeywordOrders.of("run($$$M1, stdout=PIPE, stderr=PIPE, $$$M2)", "run($$$M1, capture_output=True, $$$M2)"));
    }

    @Test
    void aTemplateKeywordBesideTheMirroredOnesStays() {
        assertEquals(List.of(new Variant("RandomizedPCA(whiten=$A2, n_components=$A1)",
                        "PCA(whiten=$A2, n_components=$A1, svd_solver=\"randomized\")")),
                KeywordOrders.of("RandomizedPCA(n_components=$A1, whiten=$A2)",
                        "PCA(n_components=$A1, whiten=$A2, svd_solver=\"randomized\")"));
    }

    @Test
    void threeKeywordsGiveFiveOtherOrders() {
        assertEquals(5, KeywordOrders.of("f(a=$A, b=$B, c=$C)", "g(a=$A, b=$B, c=$C)").size());
    }

    @Test
    void multiLineArgumentsKeepTheirLayout() {
        assertEquals(List.of(new Variant("pd.read_csv(\n    $A1,\n    squeeze=True,\n    usecols=$A2,\n)",
                        "pd.read_csv(\n    $A1,\n    usecols=$A2,\n).squeeze(\"columns\")")),
                KeywordOrders.of("pd.read_csv(\n    $A1,\n    usecols=$A2,\n    squeeze=True,\n)",
                        "pd.read_csv(\n    $A1,\n    usecols=$A2,\n).squeeze(\"columns\")"));
    }

    @Test
    void aTemplateThatWouldEvaluateTheValuesInAnotherOrderGetsNoVariant() {
        assertEquals(List.of(), KeywordOrders.of("f(a=$A, b=$B)", "g($A, $B)"));
    }

    @Test
    void aMovedValueThatFollowsTheNewOrderIsKept() {
        assertEquals(List.of(new Variant("register_cmap(cmap=$A2, name=$A1)", "register($A2, name=$A1)")),
                KeywordOrders.of("register_cmap(name=$A1, cmap=$A2)", "register($A2, name=$A1)"));
    }

    @Test
    void keywordsSplitByAPositionalOrRunStayApart() {
        assertEquals(List.of(), KeywordOrders.of("f(a=$A, $B, c=$C)", "g(a=$A, $B, c=$C)"));
        assertEquals(List.of(), KeywordOrders.of("f(a=$A, $$$M, c=$C)", "g(a=$A, $$$M, c=$C)"));
    }

    @Test
    void aDefinitionsParametersKeepTheirOrder() {
        assertEquals(List.of(), KeywordOrders.of("def f(a=1, b=2): $$$B", "def f(a=1, b=3): $$$B"));
    }

    @Test
    void aListWithALambdaIsLeftAlone() {
        assertEquals(List.of(), KeywordOrders.of("f(a=$A, key=lambda x, y: x)", "g(a=$A, key=lambda x, y: x)"));
    }

    @Test
    void aNestedCallsKeywordsAreReorderedInPlace() {
        assertEquals(List.of(new Variant("make_pipeline($A1, LogisticRegression(multi_class=\"ovr\", C=0.1))",
                        "make_pipeline($A1, OneVsRestClassifier(LogisticRegression(C=0.1)))")),
                KeywordOrders.of("make_pipeline($A1, LogisticRegression(C=0.1, multi_class=\"ovr\"))",
                        "make_pipeline($A1, OneVsRestClassifier(LogisticRegression(C=0.1)))"));
    }

    @Test
    void aRunInsideAnotherRunsValueGetsNoVariant() {
        assertEquals(List.of(), KeywordOrders.of("f(a=g(b=$B, c=$C), d=$D)", "h(a=g(b=$B, c=$C), d=$D)"));
    }

    @Test
    void tooManyOrdersGiveNone() {
        assertEquals(List.of(), KeywordOrders.of("f(a=1, b=2, c=3, d=4, e=5)", "g()"));
    }
}
