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

/** The handler of an import error is code for the versions that lack what its try imports. */
class ImportFallbacksTest {

    private static final Rule IN1D = rule("np.in1d", "np.isin", RuleOrigin.LEARNED);

    private static final String FALLBACK = """
            import numpy as np

            try:
                from numpy import isin
            except ImportError:

                def isin(element, test_elements, assume_unique=False, invert=False):
                    \"""
                    Calculates `element in test_elements`, broadcasting over `element`
                    only.

                    Parameters
                    ----------
                    element : array_like
                    test_elements : array_like
                    assume_unique : bool
                    invert : bool
                    \"""
                    element = np.asarray(element)
                    return np.in1d(element, test_elements, assume_unique=assume_unique,
                                   invert=invert).reshape(element.shape)
            """;

    private static Rule rule(final String pattern, final String template, final RuleOrigin origin) {
        return new Rule("numpy.in1d", "numpy", "", "", "", "", RuleKind.QUALIFIED_RENAME, pattern, template, Map.of(),
                ImportEdits.NONE, new Evidence(List.of("numpy"), List.of(), false, 0.95, "numpy", List.of(), false,
                        List.of()),
                0.95, 3, 0.95, true, origin, List.of());
    }

    private static String fix(final Rule rule, final String code) {
        return MigrationEngine.of(RuleSet.of(List.of(rule)), RoutingThresholds.DEFAULT).rewriteConfident(code).output();
    }

    @Test
    void aFallbackForVersionsWithoutTheImportKeepsTheOldApi() {
        assertEquals(FALLBACK, fix(IN1D, FALLBACK));
    }

    @Test
    void aHandlerOfAnotherPackagesImportIsRewritten() {
        assertEquals("""
                import numpy as np
                try:
                    import matplotlib.pyplot as plt
                except ImportError:
                    mask = np.isin(labels, keep)
                """, fix(IN1D, """
                import numpy as np
                try:
                    import matplotlib.pyplot as plt
                except ImportError:
                    mask = np.in1d(labels, keep)
                """));
    }

    @Test
    void codeAfterTheHandlerIsRewritten() {
        assertEquals("""
                import numpy as np
                try:
                    from numpy import isin
                except ImportError:
                    isin = None
                mask = np.isin(labels, keep)
                """, fix(IN1D, """
                import numpy as np
                try:
                    from numpy import isin
                except ImportError:
                    isin = None
                mask = np.in1d(labels, keep)
                """));
    }

    @Test
    void aHandWrittenRuleIsApplied() {
        final String fixed = fix(rule("np.in1d", "np.isin", RuleOrigin.HAND_WRITTEN), FALLBACK);
        assertEquals(FALLBACK.replace("np.in1d(", "np.isin("), fixed);
    }
}
