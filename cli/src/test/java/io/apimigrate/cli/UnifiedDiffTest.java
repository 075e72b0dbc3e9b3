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
}
