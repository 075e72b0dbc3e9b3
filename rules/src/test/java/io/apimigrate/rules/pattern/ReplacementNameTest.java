package io.apimigrate.rules.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The spelling of the API a template writes in place of its pattern's. */
class ReplacementNameTest {

    private static ReplacementName of(final String pattern, final String template) {
        return ReplacementName.of(PatternCompiler.compile(pattern).elements(), PatternCompiler.template(template));
    }

    @Test
    void aNewModuleKeepsTheNameAfterIt() {
        assertEquals(new ReplacementName(List.of("torch", "sigmoid"), 2, false), of("F.sigmoid($X)", "torch.sigmoid($X)"));
    }

    @Test
    void aNewPartInTheMiddleEndsTheName() {
        assertEquals(new ReplacementName(List.of("nn", "utils", "parametrizations", "weight_norm"), 3, false),
                of("nn.utils.weight_norm", "nn.utils.parametrizations.weight_norm"));
    }

    @Test
    void aNewAttributeOfAnyValue() {
        assertEquals(new ReplacementName(List.of("legend_handles"), 1, true), of("$X.legendHandles", "$X.legend_handles"));
    }

    @Test
    void aNewKeyword() {
        assertEquals(new ReplacementName(List.of("learning_rate"), 1, false),
                of("Adam($$$A, lr=$V, $$$B)", "Adam($$$A, learning_rate=$V, $$$B)"));
    }

    @Test
    void aBuiltinAloneNamesNoApi() {
        assertNull(of("np.float", "float"));
    }

    @Test
    void aTemplateOfKnownNamesNamesNone() {
        assertNull(of("$X.sort(columns=$C)", "$X.sort($C)"));
    }
}
