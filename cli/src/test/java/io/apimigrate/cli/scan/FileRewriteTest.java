package io.apimigrate.cli.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileRewriteTest {

    @Test
    void importsAddedByARewriteMoveToTheFilesImports() {
        final String before = """
                import numpy as np

                def f(df, other):
                    return df.append(other)
                """;
        final int start = before.indexOf("df.append");
        final Cut cut = new Cut("f.py:4:12", "f.py", 4, start, start + "df.append(other)".length(), "df.append(other)",
                "");

        final String after = FileRewrite.apply(before,
                List.of(new FileRewrite.Replacement(cut, "import pandas as pd\npd.concat([df, other])")));

        assertEquals("""
                import numpy as np
                import pandas as pd

                def f(df, other):
                    return pd.concat([df, other])
                """, after);
    }
}
