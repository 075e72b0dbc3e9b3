package io.apimigrate.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.model.AstGrepRules;
import io.apimigrate.rules.model.Constraint;
import io.apimigrate.rules.model.MetavariableKind;
import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleFormatException;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.model.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ast-grep rule files import as fully confident rules. */
class AstGrepRulesTest {

    @TempDir
    Path dir;

    @Test
    void importsPatternAndFixFromEveryDocument() throws Exception {
        final Path file = dir.resolve("numpy.yml");
        Files.writeString(file, """
                id: np-float
                language: python
                rule:
                  pattern: np.float($X)
                fix: float($X)
                ---
                id: iteritems
                language: Python
                rule:
                  pattern: $DF.iteritems()
                fix: $DF.items()
                """);
        final RuleSet rules = AstGrepRules.load(dir);
        assertEquals(2, rules.size());
        assertEquals(RuleOrigin.AST_GREP, rules.rules().get(0).origin());
        final MigrationEngine engine = MigrationEngine.of(rules, RoutingThresholds.DEFAULT);
        assertEquals("a = float(1)\nfor k, v in d.items(): pass\n",
                engine.migrate("a = np.float(1)\nfor k, v in d.iteritems(): pass\n").output());
    }

    @Test
    void kindConstraintsAreImported() throws Exception {
        final Path file = dir.resolve("encode.yml");
        Files.writeString(file, """
                id: encode
                language: python
                rule:
                  pattern: $S.encode("utf-8")
                constraints:
                  S: {kind: string}
                fix: $S.encode()
                """);
        final Rule rule = AstGrepRules.load(file).rules().get(0);
        assertEquals(Map.of("S", Constraint.of(MetavariableKind.STRING)), rule.constraints());
    }

    @Test
    void regexConstraintsAreImported() throws Exception {
        final Path file = dir.resolve("getters.yml");
        Files.writeString(file, """
                id: getters
                language: python
                rule:
                  pattern: obj.$M()
                constraints:
                  M: {regex: '^get_'}
                fix: obj.$M(strict=True)
                """);
        final Rule rule = AstGrepRules.load(file).rules().get(0);
        assertEquals(Map.of("M", new Constraint(null, "^get_")), rule.constraints());
        assertEquals("obj.get_a(strict=True)\nobj.set_a()\n", Rules.rewrite("obj.get_a()\nobj.set_a()\n", rule));
    }

    @Test
    void aFolderWithBrokenFilesNamesTheFirstInNameOrder() throws Exception {
        final Path folder = dir.resolve("rules");
        Files.createDirectories(folder);
        for (int i = 0; i < 40; i++) {
            Files.writeString(folder.resolve(String.format("r%02d.yml", i)),
                    "id: r" + i + "\nlanguage: python\nrule:\n  pattern: m.f" + i + "($X)\nfix: m.g" + i + "($X)\n");
        }
        Files.writeString(folder.resolve("r17.yml"), "id: bad\nlanguage: rust\nrule:\n  pattern: f($A)\nfix: g($A)\n");
        Files.writeString(folder.resolve("r33.yml"), "id: [\n");
        final var e = assertThrows(RuleFormatException.class, () -> AstGrepRules.load(folder));
        assertTrue(e.getMessage().contains("r17.yml"), e.getMessage());
    }

    @Test
    void relationalRulesAreRejectedNotWidened() throws Exception {
        final Path file = dir.resolve("r.yml");
        Files.writeString(file, "id: x\nlanguage: python\nrule:\n  pattern: f($A)\n  inside: {kind: call}\nfix: g($A)\n");
        final var e = assertThrows(RuleFormatException.class, () -> AstGrepRules.load(file));
        assertTrue(e.getMessage().contains("rule.inside: not supported"), e.getMessage());
    }

    @Test
    void otherLanguagesAreRejected() throws Exception {
        final Path file = dir.resolve("r.yml");
        Files.writeString(file, "id: x\nlanguage: rust\nrule:\n  pattern: f($A)\nfix: g($A)\n");
        final var e = assertThrows(RuleFormatException.class, () -> AstGrepRules.load(file));
        assertTrue(e.getMessage().contains("language: 'rust' is not supported"), e.getMessage());
    }
}
