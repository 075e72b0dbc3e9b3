package io.apimigrate.cli.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CutTest {

    private static final String CONTEXT = "import numpy as np\nimport os\n";
    private static final Cut CUT = new Cut("f.py:3:1", "f.py", 3, 30, 49, "x = np.safe_eval(s)", CONTEXT);

    @Test
    void theSnippetIsTheContextThenTheStatement() {
        assertEquals(CONTEXT + "x = np.safe_eval(s)", CUT.snippet());
    }

    @Test
    void theStatementsOutputLosesTheContextAndKeepsTheImportsARewriteAdded() {
        assertEquals(Optional.of("import ast\nx = ast.literal_eval(s)"),
                CUT.statementOutput("import ast\n" + CONTEXT + "x = ast.literal_eval(s)"));
    }

    @Test
    void anAnswerThatChangedTheContextHasNoStatementOutput() {
        assertEquals(Optional.empty(), CUT.statementOutput("import numpy\nimport os\nx = ast.literal_eval(s)"));
        assertEquals(Optional.empty(), CUT.statementOutput("y = 1\n" + CONTEXT + "x = ast.literal_eval(s)"));
    }
}
