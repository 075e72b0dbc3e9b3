package io.apimigrate.rules.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.rules.python.Imports;
import io.apimigrate.rules.python.PythonLexer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Import statements added by rewrites. */
class ImportEditorTest {

    @Test
    void anImportAskedForByEveryMatchIsAddedOnceEvenWhereALaterImportRebindsItsName() {
        final String code = "import os\nfrom datetime import datetime\nx = 1\n";
        assertEquals("import datetime\nimport os\nfrom datetime import datetime\nx = 1\n",
                ImportEditor.ensure(code, List.of("import datetime", "import datetime")));
    }

    @Test
    void anImportRebindsANameTheCodeImportsFromElsewhere() {
        final var table = Imports.scan(PythonLexer.lex("from datetime import datetime\nimport numpy as np\n"));
        assertTrue(ImportEditor.rebinds(table, "import datetime"));
        assertFalse(ImportEditor.rebinds(table, "import numpy as np"));
        assertFalse(ImportEditor.rebinds(table, "import inspect"));
    }

    @Test
    void anAddedImportLineEndsAsTheCodesLinesEnd() {
        assertEquals("import inspect\r\nimport numpy as np\r\nx = 1\r\n",
                ImportEditor.ensure("import numpy as np\r\nx = 1\r\n", List.of("import inspect")));
        assertEquals("import inspect\r\nx = 1\r\n", ImportEditor.ensure("x = 1\r\n", List.of("import inspect")));
        assertEquals("import numpy as np\r\nimport pandas as pd\r\nx = 1\r\n",
                ImportEditor.ensure("import numpy as np\r\nx = 1\r\n", List.of("import pandas as pd")));
    }
}
