package io.apimigrate.cli.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.apimigrate.rules.model.Evidence;
import io.apimigrate.rules.model.ImportEdits;
import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleKind;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.model.RuleSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementCutterTest {

    private static Rule rule(final String id, final String pattern, final String template) {
        return new Rule(id, "tensorflow", "", "", "", "", RuleKind.RESTRUCTURE, pattern, template, Map.of(),
                ImportEdits.NONE, Evidence.unambiguous(List.of("tensorflow"), 1.0), 1.0, 1, 1.0, true,
                RuleOrigin.HAND_WRITTEN, List.of());
    }

    private static final StatementCutter CUTTER = new StatementCutter(RuleSet.of(List.of(
            rule("log", "tf.log", "tf.math.log"),
            rule("contrib", "from tensorflow.contrib import slim", "import tf_slim as slim"))));

    @Test
    void aStatementGoesWithTheUnindentedImportsNoRuleMatches() {
        final String file = """
                import os
                import tensorflow.compat.v1 as tf
                from tensorflow.contrib import slim

                def f(x):
                    import numpy as np
                    return tf.log(x)
                """;

        final List<Cut> cuts = CUTTER.cut("f.py", file);

        assertEquals(List.of("from tensorflow.contrib import slim", "return tf.log(x)"),
                cuts.stream().map(Cut::code).toList());
        assertEquals("import os\nimport tensorflow.compat.v1 as tf\n", cuts.get(1).context());
    }
}
