package io.apimigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** learn, rewrite, eval and fix end to end on small files, and the one-line error contract. */
class RuleCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXAMPLES = """
            {"id": "a", "old_code": "x = np.float(1)", "new_code": "x = float(1)", "library": "numpy"}
            {"id": "b", "old_code": "ys = [np.float(v) for v in vs]", "new_code": "ys = [float(v) for v in vs]", "library": "numpy"}
            {"id": "c", "old_code": "return np.float(a + b)", "new_code": "return float(a + b)", "library": "numpy"}
            {"id": "d", "old_code": "z = np.float64(1)", "new_code": "z = np.float64(1)", "library": "numpy"}
            """;

    @TempDir
    Path dir;

    @Test
    void learnThenRewriteAnswersEverySnippetOnce() throws Exception {
        final Path examples = write("examples.jsonl", EXAMPLES);
        final Path rules = dir.resolve("rules.json");
        assertEquals(0, CliRun.of("learn", "--examples", examples.toString(), "--out", rules.toString()).status());
        final Path input = write("in.jsonl", """
                {"id": "s1", "old_code": "total = np.float(n) / 2"}
                {"id": "s2", "old_code": "print('nothing to do')"}
                """);
        final Path output = dir.resolve("out.jsonl");
        assertEquals(0, CliRun.of("rewrite", "--rules", rules.toString(), "--input", input.toString(),
                "--output", output.toString(), "--direct-threshold", "0.5", "--guided-threshold", "0.4").status());
        final List<String> lines = Files.readAllLines(output);
        assertEquals(2, lines.size());
        final JsonNode first = JSON.readTree(lines.get(0));
        assertEquals("s1", first.get("id").asText());
        assertEquals("DIRECT_RULE", first.get("strategy").asText());
        assertEquals("total = float(n) / 2", first.get("output").asText());
        assertEquals("UNCHANGED", JSON.readTree(lines.get(1)).get("strategy").asText());
    }

    @Test
    void evalWritesTheContractReport() throws Exception {
        final Path examples = write("examples.jsonl", EXAMPLES);
        final Path report = dir.resolve("report.json");
        assertEquals(0, CliRun.of("eval", "--train", examples.toString(), "--test", examples.toString(),
                "--report", report.toString()).status());
        final JsonNode json = JSON.readTree(report.toFile());
        assertEquals(4, json.get("count").asInt());
        assertTrue(json.get("metrics").has("exact_match"));
        assertTrue(json.get("by_strategy").has("DIRECT_RULE"));
        assertEquals(4, json.get("cases").size());
    }

    @Test
    void fixRewritesFilesInPlaceWithAstGrepRules() throws Exception {
        final Path rules = write("np.yml", "id: np-float\nlanguage: python\nrule:\n  pattern: np.float($X)\nfix: float($X)\n");
        final Path source = write("pkg/mod.py", "import numpy as np\n\ndef f(a):\n    return np.float(a)  # keep\n");
        assertEquals(0, CliRun.of("fix", "--rules", rules.toString(), dir.resolve("pkg").toString()).status());
        assertEquals("import numpy as np\n\ndef f(a):\n    return float(a)  # keep\n", Files.readString(source));
    }

    @Test
    void fixLeavesCallsOfAMethodTheFixedCodeDefinesAlone() throws Exception {
        final Path rules = featureNamesRule("encoder");
        final Path caller = write("pkg/use.py", "names = self.encoder.get_feature_names()\n");
        write("pkg/base.py", "class Encoder:\n    def get_feature_names(self):\n        return []\n");
        assertEquals(0, CliRun.of("fix", "--rules", rules.toString(), dir.resolve("pkg").toString()).status());
        assertEquals("names = self.encoder.get_feature_names()\n", Files.readString(caller));
        assertEquals(0, CliRun.of("fix", "--rules", rules.toString(), caller.toString()).status());
        assertEquals("names = self.encoder.get_feature_names_out()\n", Files.readString(caller));
    }

    @Test
    void fixLeavesCallsOfAMethodDefinedInTheCodesCythonOrStubFilesAlone() throws Exception {
        final Path rules = featureNamesRule("pool");
        final String call = "names = self.pool.get_feature_names()\n";
        final Path cython = write("cy/core.py", call);
        write("cy/_ext.pyx", "cdef class _PoolBase:\n    cpdef get_feature_names(self):\n        return []\n");
        final Path stubbed = write("stub/core.py", call);
        write("stub/_ext.pyi", "class Pool:\n    def get_feature_names(self) -> list[str]: ...\n");
        assertEquals(0, CliRun.of("fix", "--rules", rules.toString(), dir.resolve("cy").toString(),
                dir.resolve("stub").toString()).status());
        assertEquals(call, Files.readString(cython));
        assertEquals(call, Files.readString(stubbed));
    }

    @Test
    void fixLeavesTheCodeOfThePackageALearnedRuleMigratesAlone() throws Exception {
        final Path rules = write("rules.json", """
                {"rules": [{"id": "sklearn.get_feature_names.1", "library": "sklearn", "kind": "qualified_rename",
                  "pattern": "$X.get_feature_names", "template": "$X.get_feature_names_out", "imports": {"add": []},
                  "evidence": {"modules": ["sklearn"], "receiver_names": ["enc"], "ambiguous": false,
                               "unconfirmed_confidence": 0.9},
                  "precision": 1.0, "support": 3, "confidence": 0.98, "safe": true, "origin": "learned"}]}
                """);
        final String call = "names = enc.get_feature_names()\n";
        write("src/sklearn/__init__.py", "");
        write("src/sklearn/preprocessing/__init__.py", "");
        final Path own = write("src/sklearn/preprocessing/tests/test_encoders.py", call);
        write("src/other/__init__.py", "");
        final Path user = write("src/other/sklearn/use.py", call);
        write("src/other/sklearn/__init__.py", "");
        assertEquals(0, CliRun.of("fix", "--rules", rules.toString(), dir.resolve("src").toString()).status());
        assertEquals(call, Files.readString(own));
        assertEquals("names = enc.get_feature_names_out()\n", Files.readString(user));
    }

    /** A learned rename of {@code $X.get_feature_names}, confirmed on receivers named {@code receiver}. */
    private Path featureNamesRule(final String receiver) throws Exception {
        return write("rules.json", """
                {"rules": [{"id": "sklearn.get_feature_names.1", "library": "sklearn", "kind": "qualified_rename",
                  "pattern": "$X.get_feature_names", "template": "$X.get_feature_names_out", "imports": {"add": []},
                  "evidence": {"modules": ["sklearn"], "receiver_names": ["%s"], "ambiguous": false,
                               "unconfirmed_confidence": 0.9},
                  "precision": 1.0, "support": 3, "confidence": 0.98, "safe": true, "origin": "learned"}]}
                """.formatted(receiver));
    }

    @Test
    void fixDiffChangesNothing() throws Exception {
        final Path rules = write("np.yml", "id: np-float\nlanguage: python\nrule:\n  pattern: np.float($X)\nfix: float($X)\n");
        final Path source = write("mod.py", "y = np.float(2)\n");
        assertEquals(0, CliRun.of("fix", "--rules", rules.toString(), "--diff", source.toString()).status());
        assertEquals("y = np.float(2)\n", Files.readString(source));
    }

    @Test
    void fixWithThresholdsGoesThroughPicocliAndRewritesTheSame() throws Exception {
        final Path rules = write("np.yml", "id: np-float\nlanguage: python\nrule:\n  pattern: np.float($X)\nfix: float($X)\n");
        final Path source = write("pkg/mod.py", "y = np.float(2)\n");
        assertEquals(0, CliRun.of("fix", "--rules", rules.toString(), "--direct-threshold", "0.85",
                dir.resolve("pkg").toString()).status());
        assertEquals("y = float(2)\n", Files.readString(source));
    }

    @Test
    void fixWithAMissingRulesFileIsOneLineWithStatusTwo() throws Exception {
        final Path source = write("mod.py", "y = np.float(2)\n");
        final CliRun run = CliRun.of("fix", "--rules", dir.resolve("absent.yml").toString(), source.toString());
        assertEquals(2, run.status());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("apimigrate: ") && run.err().contains("absent.yml"), run.err());
    }

    @Test
    void fixLeavesFilesThatAreNotUtf8AsTheyAreAndSaysSoWhereTheyMightMatch() throws Exception {
        final Path rules = write("np.yml", "id: np-float\nlanguage: python\nrule:\n  pattern: np.float($X)\nfix: float($X)\n");
        final byte[] latin1Match = "y = np.float(2)  # caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        final byte[] latin1Other = "z = 1  # caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        final Path match = dir.resolve("pkg/latin1.py");
        final Path other = dir.resolve("pkg/other.py");
        Files.createDirectories(match.getParent());
        Files.write(match, latin1Match);
        Files.write(other, latin1Other);
        final CliRun run = CliRun.withStderr("fix", "--rules", rules.toString(), dir.resolve("pkg").toString());
        final String report = run.err();
        assertEquals(0, run.status());
        assertTrue(report.contains("skipped " + match + ": not UTF-8 text"), report);
        assertFalse(report.contains("other.py"), report);
        assertTrue(java.util.Arrays.equals(latin1Match, Files.readAllBytes(match)));
        assertTrue(java.util.Arrays.equals(latin1Other, Files.readAllBytes(other)));
    }

    @Test
    void fixReportsAFileItCannotWriteAndStillFixesTheOthers() throws Exception {
        final Path rules = write("np.yml", "id: np-float\nlanguage: python\nrule:\n  pattern: np.float($X)\nfix: float($X)\n");
        final Path open = write("pkg/open.py", "x = np.float(1)\n");
        final Path locked = write("pkg/locked/b.py", "y = np.float(2)\n");
        assumeTrue(chattr("+i", locked.getParent()), "needs chattr to make a folder unwritable, even for root");
        final CliRun run;
        try {
            run = CliRun.withStderr("fix", "--rules", rules.toString(), dir.resolve("pkg").toString());
        } finally {
            chattr("-i", locked.getParent());
        }
        final String report = run.err();
        assertEquals(1, run.status());
        assertTrue(report.contains("cannot write " + locked), report);
        assertTrue(report.contains("2 files scanned, 1 changed, 0 skipped, 1 failed"), report);
        assertEquals("x = float(1)\n", Files.readString(open));
        assertEquals("y = np.float(2)\n", Files.readString(locked));
    }

    private static boolean chattr(final String flag, final Path path) {
        try {
            return new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start().waitFor() == 0;
        } catch (final java.io.IOException e) {
            return false;
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void malformedExampleLineNamesFileLineAndField() throws Exception {
        final Path examples = write("bad.jsonl", "{\"id\": \"a\", \"old_code\": \"x\", \"new_code\": \"y\"}\n{\"id\": \"b\"}\n");
        final CliRun run = CliRun.of("learn", "--examples", examples.toString(), "--out", dir.resolve("r.json").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("bad.jsonl:2: old_code"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(Files.exists(dir.resolve("r.json")));
    }

    @Test
    void missingOptionIsOneLineWithStatusTwo() {
        final CliRun run = CliRun.of("rewrite", "--rules", "r.json");
        assertEquals(2, run.status());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("apimigrate: rewrite: Missing required option"), run.err());
    }

    private Path write(final String name, final String text) throws Exception {
        final Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        return path;
    }
}
