package io.apimigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The unified diffs {@code fix --diff} prints. */
class UnifiedDiffTest {

    @Test
    void replacedLineIsRemovedThenAdded() {
        assertEquals("""
                diff --git a/a.py b/a.py
                --- a/a.py
                +++ b/a.py
                @@ -1,2 +1,2 @@
                 import numpy as np
                -x = np.float(1)
                +x = float(1)
                """, UnifiedDiff.of("a.py", "import numpy as np\nx = np.float(1)\n", "import numpy as np\nx = float(1)\n"));
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", UnifiedDiff.of("a.py", "x = 1\n", "x = 1\n"));
    }

    @Test
    void hunksFarApartCountTheirLinesFromTheFileStart() {
        final String before = "a = np.float(1)\n" + "pass\n".repeat(10) + "b = np.float(2)\n";
        final String after = "a = float(1)\n" + "pass\n".repeat(10) + "b = float(2)\n";
        assertEquals("""
                diff --git a/a.py b/a.py
                --- a/a.py
                +++ b/a.py
                @@ -1,4 +1,4 @@
                -a = np.float(1)
                +a = float(1)
                 pass
                 pass
                 pass
                @@ -9,4 +9,4 @@
                 pass
                 pass
                 pass
                -b = np.float(2)
                +b = float(2)
                """, UnifiedDiff.of("a.py", before, after));
    }
}
