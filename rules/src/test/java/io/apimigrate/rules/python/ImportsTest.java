package io.apimigrate.rules.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportsTest {

    private static ImportTable scan(final String source) {
        return Imports.scan(PythonLexer.lex(source));
    }

    @Test
    void aliasResolvesToModule() {
        assertEquals(Optional.of("numpy"), scan("import numpy as np\n").resolve("np"));
    }

    @Test
    void dottedImportBindsFirstPart() {
        final ImportTable table = scan("import a.b.c\n");
        assertEquals(Optional.of("a"), table.resolve("a"));
        assertEquals(Set.of("a.b.c"), table.modules());
    }

    @Test
    void dottedImportWithAliasBindsWholeName() {
        assertEquals(Optional.of("a.b"), scan("import a.b as c\n").resolve("c"));
    }

    @Test
    void fromImportWithAliases() {
        final ImportTable table = scan("from x.y import z as w, v\n");
        assertEquals(Optional.of("x.y.z"), table.resolve("w"));
        assertEquals(Optional.of("x.y.v"), table.resolve("v"));
        assertEquals(Set.of("x.y"), table.modules());
        assertEquals(List.of(new ImportAlias("z", "w"), new ImportAlias("v", null)),
                table.statements().get(0).names());
    }

    @Test
    void relativeImport() {
        final ImportTable table = scan("from . import m\nfrom ..pkg import q\n");
        assertEquals(Optional.of(".m"), table.resolve("m"));
        assertEquals(Optional.of("..pkg.q"), table.resolve("q"));
        assertEquals(List.of(".", "..pkg"), List.copyOf(table.modules()));
    }

    @Test
    void parenthesisedFromImportWithCommentsAndTrailingComma() {
        final ImportTable table = scan("""
                from sklearn.model_selection import (  # split helpers
                    train_test_split as tts,
                    KFold,
                )
                """);
        assertEquals(Optional.of("sklearn.model_selection.train_test_split"), table.resolve("tts"));
        assertEquals(Optional.of("sklearn.model_selection.KFold"), table.resolve("KFold"));
    }

    @Test
    void backslashContinuedFromImport() {
        assertEquals(Optional.of("pandas.DataFrame"), scan("from pandas import \\\n    DataFrame\n").resolve("DataFrame"));
    }

    @Test
    void multipleModulesInOnePlainImport() {
        final ImportTable table = scan("import os, numpy as np\n");
        assertEquals(List.of("os", "numpy"), List.copyOf(table.modules()));
        assertEquals(Optional.of("os"), table.resolve("os"));
        final ImportStatement statement = table.statements().get(0);
        assertFalse(statement.from());
        assertEquals("", statement.module());
    }

    @Test
    void starImportNamesModuleButBindsNothing() {
        final ImportTable table = scan("from numpy import *\n");
        assertEquals(Set.of("numpy"), table.modules());
        assertTrue(table.bindings().isEmpty());
    }

    @Test
    void statementOffsetsCoverCodeOnly() {
        final String source = "x = 1\nimport numpy as np  # np\n";
        final ImportStatement statement = scan(source).statements().get(0);
        assertEquals("import numpy as np", source.substring(statement.startOffset(), statement.endOffset()));
        assertTrue(statement.from() == false && statement.firstToken() == 4);
    }

    @Test
    void indentedImportIsFound() {
        assertEquals(Optional.of("torch.nn"), scan("def f():\n    import torch.nn as nn\n").resolve("nn"));
    }

    @Test
    void brokenImportsNeverThrow() {
        final ImportTable table = scan("import\nfrom\nfrom x\nimport a as\nfrom y import (b,\n");
        assertEquals(Optional.of("y.b"), table.resolve("b"));
        assertEquals(Optional.of("a"), table.resolve("a"));
        assertEquals(List.of("x", "a", "y"), List.copyOf(table.modules()));
    }

    @Test
    void unknownNameDoesNotResolve() {
        assertEquals(Optional.empty(), scan("import numpy\n").resolve("np"));
    }
}
