package io.apimigrate.worker.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.apimigrate.worker.prompt.BlockChoice;
import org.junit.jupiter.api.Test;

class CodeExtractorTest {

    @Test
    void aPrefilledReplyCutAtTheClosingFenceIsAnOpenBlock() {
        final Extraction e = CodeExtractor.extract("""
                ```python
                df = pd.concat([df, row])
                """, BlockChoice.FIRST);

        assertEquals(new Extraction("df = pd.concat([df, row])", Extraction.Source.OPEN_FENCE), e);
    }

    @Test
    void commentaryAfterTheClosingFenceIsDropped() {
        final Extraction e = CodeExtractor.extract("""
                ```python
                x = np.float64(1)
                ```
                `np.float` was removed in NumPy 1.24, so I used `np.float64`.
                """, BlockChoice.FIRST);

        assertEquals(new Extraction("x = np.float64(1)", Extraction.Source.CLOSED_FENCE), e);
    }

    @Test
    void theFirstBlockWinsWhenLaterOnesAreAlternatives() {
        final String reply = """
                ```python
                a = pd.concat([a, b])
                ```
                Alternatively:
                ```python
                a = pd.concat((a, b))
                ```
                """;

        assertEquals("a = pd.concat([a, b])", CodeExtractor.extract(reply, BlockChoice.FIRST).code());
    }

    @Test
    void chainOfThoughtTakesTheLastBlockAfterItsReasoning() {
        final String reply = """
                The code calls `DataFrame.append`:
                ```python
                df = df.append(row)
                ```
                `append` was removed in pandas 2.0; `pd.concat` replaces it.

                ```python
                df = pd.concat([df, row])
                ```<|im_end|>""";

        assertEquals("df = pd.concat([df, row])", CodeExtractor.extract(reply, BlockChoice.LAST).code());
    }

    @Test
    void chainOfThoughtWithoutACodeBlockYieldsNothing() {
        final Extraction e = CodeExtractor.extract("Replace append with concat.", BlockChoice.LAST);

        assertEquals(new Extraction("", Extraction.Source.NONE), e);
    }

    @Test
    void blocksTaggedWithAnotherLanguageAreSkipped() {
        final String reply = """
                ```text
                pip install pandas>=2
                ```
                ```py
                import pandas as pd
                ```
                """;

        assertEquals("import pandas as pd", CodeExtractor.extract(reply, BlockChoice.FIRST).code());
    }

    @Test
    void anUnfencedReplyIsTakenWhole() {
        final Extraction e = CodeExtractor.extract("\n\nx = torch.linalg.solve(A, b)\n  \n", BlockChoice.FIRST);

        assertEquals(new Extraction("x = torch.linalg.solve(A, b)", Extraction.Source.UNFENCED), e);
    }

    @Test
    void textAfterTheEndOfTurnIsIgnored() {
        final Extraction e = CodeExtractor.extract("y = 1<|im_end|>\n<|im_start|>user\nmore", BlockChoice.FIRST);

        assertEquals("y = 1", e.code());
    }

    @Test
    void anOpeningFenceRepeatedAfterThePrefillIsSkipped() {
        final Extraction e = CodeExtractor.extract("```python\n```python\nz = 2\n", BlockChoice.FIRST);

        assertEquals("z = 2", e.code());
    }

    @Test
    void indentationInsideTheBlockIsKept() {
        final Extraction e = CodeExtractor.extract("""
                ```python
                    for k, v in s.items():
                        print(k, v)
                ```""", BlockChoice.FIRST);

        assertEquals("    for k, v in s.items():\n        print(k, v)", e.code());
    }
}
