package io.apimigrate.rules.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyApiTest {

    private static final String INPUT = "df = df.append(other, ignore_index=True)";
    private static final String EXPECTED = "df = pd.concat([df, other], ignore_index=True)";

    @Test
    void outputWithTheAddedAndWithoutTheRemovedNamesIsRight() {
        assertTrue(KeyApi.isCorrect(INPUT, EXPECTED, "df = pd.concat([df, other])"));
    }

    @Test
    void outputMissingAnAddedNameIsWrong() {
        assertFalse(KeyApi.isCorrect(INPUT, EXPECTED, "df = concat([df, other], ignore_index=True)"));
    }

    @Test
    void outputKeepingARemovedNameIsWrong() {
        assertFalse(KeyApi.isCorrect(INPUT, EXPECTED, "df = pd.concat([df.append(other)])"));
    }

    @Test
    void removedNameInACommentDoesNotCount() {
        assertTrue(KeyApi.isCorrect(INPUT, EXPECTED, "df = pd.concat([df, other])  # was df.append"));
    }

    @Test
    void whenNoNameChangesOnlyAnExactMatchIsRight() {
        assertTrue(KeyApi.isCorrect("f(x, 1)", "f(x, 2)", "  f(x, 2)   \n\n"));
    }

    @Test
    void whenNoNameChangesAnyOtherOutputIsWrong() {
        assertFalse(KeyApi.isCorrect("f(x, 1)", "f(x, 2)", "f(x, 3)"));
    }

    @Test
    void unchangedInputIsWrongWhenARenameIsExpected() {
        assertFalse(KeyApi.isCorrect("x = np.float(v)", "x = float(v)", "x = np.float(v)"));
    }
}
