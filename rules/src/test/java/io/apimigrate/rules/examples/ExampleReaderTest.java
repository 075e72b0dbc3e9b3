package io.apimigrate.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleReaderTest {

    private static final String PAIR = """
            {"id": "p1", "old_code": "df = df.append(o)", "new_code": "df = pd.concat([df, o])"}
            """;

    @TempDir
    Path dir;

    private Path file(final String name, final String content) throws IOException {
        return bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path bytes(final String name, final byte[] content) throws IOException {
        final Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        return Files.write(path, content);
    }

    private String error(final String content) throws IOException {
        final Path path = file("bad.jsonl", content);
        return assertThrows(InputFormatException.class, () -> ExampleReader.read(List.of(path))).getMessage();
    }

    private List<String> ids(final List<Example> examples) {
        return examples.stream().map(Example::id).toList();
    }

    @Test
    void readsEveryField() throws Exception {
        final Path path = file("full.jsonl", """
                {"id": "a", "old_code": "np.float(x)", "new_code": "float(x)", "library": "numpy", \
                "from_version": "1.19", "to_version": "1.24", "old_api": "numpy.float", "new_api": "float", \
                "kind": "removal", "source": "NumPy 1.20 release notes"}
                """);
        assertEquals(List.of(new Example("a", "np.float(x)", "float(x)", "numpy", "1.19", "1.24",
                "numpy.float", "float", "removal", "NumPy 1.20 release notes")), ExampleReader.read(List.of(path)));
    }

    @Test
    void absentOptionalFieldsAreEmpty() throws Exception {
        assertEquals(List.of(Example.of("p1", "df = df.append(o)", "df = pd.concat([df, o])")),
                ExampleReader.read(List.of(file("pair.jsonl", PAIR))));
    }

    @Test
    void nullOptionalFieldIsEmpty() throws Exception {
        final Path path = file("n.jsonl", """
                {"id": "a", "old_code": "x", "new_code": "y", "library": null}
                """);
        assertEquals("", ExampleReader.read(List.of(path)).get(0).library());
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        final Path path = file("u.jsonl", """
                {"id": "a", "old_code": "x", "new_code": "y", "xfail": true, "context": {"k": [1]}}
                """);
        assertEquals(List.of(Example.of("a", "x", "y")), ExampleReader.read(List.of(path)));
    }

    @Test
    void codeKeepsNewlinesAndUnicode() throws Exception {
        final Path path = file("c.jsonl", """
                {"id": "a", "old_code": "if x:\\n    π = '😀'\\r\\n", "new_code": "y"}
                """);
        assertEquals("if x:\n    π = '😀'\r\n", ExampleReader.read(List.of(path)).get(0).oldCode());
    }

    @Test
    void blankLinesAreSkipped() throws Exception {
        final Path path = file("b.jsonl", "\n  \t\n" + PAIR + "\n\n");
        assertEquals(List.of("p1"), ids(ExampleReader.read(List.of(path))));
    }

    @Test
    void lineNumbersCountSkippedBlankLines() throws Exception {
        assertEquals(dir.resolve("bad.jsonl") + ":3: json: expected a JSON object, got array",
                error(PAIR + "\n[1]\n"));
    }

    @Test
    void windowsLineEndingsAreAccepted() throws Exception {
        final Path path = file("w.jsonl", PAIR.strip() + "\r\n" + PAIR.strip().replace("p1", "p2") + "\r\n");
        assertEquals(List.of("p1", "p2"), ids(ExampleReader.read(List.of(path))));
    }

    @Test
    void byteOrderMarkAtTheStartIsSkipped() throws Exception {
        final byte[] text = PAIR.getBytes(StandardCharsets.UTF_8);
        final byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertEquals(List.of("p1"), ids(ExampleReader.read(List.of(bytes("bom.jsonl", withBom)))));
    }

    @Test
    void lastLineNeedsNoNewline() throws Exception {
        assertEquals(List.of("p1"), ids(ExampleReader.read(List.of(file("e.jsonl", PAIR.strip())))));
    }

    @Test
    void emptyFileHasNoExamples() throws Exception {
        assertEquals(List.of(), ExampleReader.read(List.of(file("empty.jsonl", ""))));
    }

    @Test
    void folderIsReadInRelativePathOrder() throws Exception {
        file("set/b.jsonl", PAIR.replace("p1", "b"));
        file("set/a/z.jsonl", PAIR.replace("p1", "a-z"));
        file("set/a/y.jsonl", PAIR.replace("p1", "a-y"));
        file("set/a.jsonl", PAIR.replace("p1", "a"));
        file("set/notes.txt", "not examples");
        assertEquals(List.of("a", "a-y", "a-z", "b"), ids(ExampleReader.read(List.of(dir.resolve("set")))));
    }

    @Test
    void pathsAreReadInArgumentOrder() throws Exception {
        final Path second = file("2.jsonl", PAIR.replace("p1", "two"));
        final Path first = file("1.jsonl", PAIR.replace("p1", "one"));
        assertEquals(List.of("two", "one"), ids(ExampleReader.read(List.of(second, first))));
    }

    @Test
    void namedFileIsReadWhateverItsExtension() throws Exception {
        assertEquals(List.of("p1"), ids(ExampleReader.read(List.of(file("pairs.json", PAIR)))));
    }

    @Test
    void sameIdInTwoFilesIsAllowed() throws Exception {
        final Path one = file("1.jsonl", PAIR);
        final Path two = file("2.jsonl", PAIR);
        assertEquals(List.of("p1", "p1"), ids(ExampleReader.read(List.of(one, two))));
    }

    @Test
    void readsAHundredThousandLines() throws Exception {
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            text.append("{\"id\": \"").append(i).append("\", \"old_code\": \"a\", \"new_code\": \"b\"}\n");
        }
        assertEquals(100_000, ExampleReader.read(List.of(file("big.jsonl", text.toString()))).size());
    }

    @Test
    void snippetsMayOmitNewCode() throws Exception {
        final Path path = file("s.jsonl", """
                {"id": "s1", "old_code": "x = np.int(y)"}
                """);
        assertEquals(List.of(Example.of("s1", "x = np.int(y)", "")), ExampleReader.readSnippets(List.of(path)));
    }

    @Test
    void snippetsKeepNewCodeAsExpectedCode() throws Exception {
        assertEquals("df = pd.concat([df, o])",
                ExampleReader.readSnippets(List.of(file("s.jsonl", PAIR))).get(0).newCode());
    }

    @Test
    void snippetWithoutOldCodeIsAnError() throws Exception {
        final Path path = file("s.jsonl", "{\"id\": \"s1\"}\n");
        assertEquals(path + ":1: old_code: missing (required)",
                assertThrows(InputFormatException.class, () -> ExampleReader.readSnippets(List.of(path))).getMessage());
    }

    @Test
    void forEachHandsOverRecordsBeforeTheFault() throws Exception {
        final Path path = file("f.jsonl", PAIR + "{\n");
        final List<String> seen = new ArrayList<>();
        assertThrows(InputFormatException.class,
                () -> ExampleReader.forEach(List.of(path), ExampleReader.Mode.EXAMPLES, e -> seen.add(e.id())));
        assertEquals(List.of("p1"), seen);
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws Exception {
        assertEquals(dir.resolve("bad.jsonl") + ":2: json: malformed JSON near column 10: Unexpected character "
                        + "('}' (code 125)): was expecting double-quote to start field name",
                error(PAIR + "{\"id\": 1,}\n"));
    }

    @Test
    void trailingContentAfterTheObjectIsAnError() throws Exception {
        final String message = error("{\"id\": \"a\", \"old_code\": \"x\", \"new_code\": \"y\"} {}\n");
        assertEquals(dir.resolve("bad.jsonl") + ":1: json: malformed JSON near column 47: Trailing token (of type "
                + "START_OBJECT) found after value (bound as `com.fasterxml.jackson.databind.JsonNode`): not "
                + "allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`", message);
    }

    @Test
    void duplicateKeyIsAnError() throws Exception {
        assertEquals(dir.resolve("bad.jsonl") + ":1: json: malformed JSON near column 17: Duplicate field 'id'",
                error("{\"id\": \"a\", \"id\": \"b\", \"old_code\": \"x\", \"new_code\": \"y\"}\n"));
    }

    @Test
    void lineThatIsNotAnObjectIsAnError() throws Exception {
        assertEquals(dir.resolve("bad.jsonl") + ":1: json: expected a JSON object, got string", error("\"id\"\n"));
    }

    @Test
    void missingIdIsAnError() throws Exception {
        assertEquals(dir.resolve("bad.jsonl") + ":1: id: missing (required)",
                error("{\"old_code\": \"x\", \"new_code\": \"y\"}\n"));
    }

    @Test
    void emptyIdIsAnError() throws Exception {
        assertEquals(dir.resolve("bad.jsonl") + ":1: id: must not be empty",
                error("{\"id\": \" \", \"old_code\": \"x\", \"new_code\": \"y\"}\n"));
    }

    @Test
    void numericIdIsAnError() throws Exception {
        assertEquals(dir.resolve("bad.jsonl") + ":1: id: must be a string, got number",
                error("{\"id\": 7, \"old_code\": \"x\", \"new_code\": \"y\"}\n"));
    }

    @Test
    void nullRequiredFieldIsAnError() throws Exception {
        assertEquals(dir.resolve("bad.jsonl") + ":1: old_code: must be a string, got null",
                error("{\"id\": \"a\", \"old_code\": null, \"new_code\": \"y\"}\n"));
    }

    @Test
    void missingNewCodeIsAnError() throws Exception {
        assertEquals(dir.resolve("bad.jsonl") + ":1: new_code: missing (required)",
                error("{\"id\": \"a\", \"old_code\": \"x\"}\n"));
    }

    @Test
    void codeOfTheWrongTypeIsAnError() throws Exception {
        assertEquals(dir.resolve("bad.jsonl") + ":1: new_code: must be a string, got array",
                error("{\"id\": \"a\", \"old_code\": \"x\", \"new_code\": [\"y\"]}\n"));
    }

    @Test
    void optionalFieldOfTheWrongTypeIsAnError() throws Exception {
        assertEquals(dir.resolve("bad.jsonl") + ":1: from_version: must be a string, got number",
                error("{\"id\": \"a\", \"old_code\": \"x\", \"new_code\": \"y\", \"from_version\": 1.5}\n"));
    }

    @Test
    void duplicateIdInAFileIsAnError() throws Exception {
        assertEquals(dir.resolve("bad.jsonl") + ":3: id: duplicate id \"p1\" (first on line 1)",
                error(PAIR + PAIR.replace("p1", "p2") + PAIR));
    }

    @Test
    void malformedUtf8NamesItsLine() throws Exception {
        final byte[] good = PAIR.getBytes(StandardCharsets.UTF_8);
        final byte[] bad = "{\"id\": \"a\u00ff\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        final byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        final Path path = bytes("latin1.jsonl", all);
        assertEquals(path + ":2: encoding: malformed UTF-8 at byte 10 of the line (0xFF)",
                assertThrows(InputFormatException.class, () -> ExampleReader.read(List.of(path))).getMessage());
    }

    @Test
    void missingPathIsAnError() {
        final Path path = dir.resolve("nope.jsonl");
        assertEquals(path + ": no such file or folder",
                assertThrows(InputFormatException.class, () -> ExampleReader.read(List.of(path))).getMessage());
    }

    @Test
    void folderWithoutJsonlFilesIsAnError() throws Exception {
        file("only/readme.txt", "x");
        final Path folder = dir.resolve("only");
        assertEquals(folder + ": folder holds no *.jsonl file",
                assertThrows(InputFormatException.class, () -> ExampleReader.read(List.of(folder))).getMessage());
    }

    @Test
    void noPathsIsAnError() {
        assertEquals("no input paths given",
                assertThrows(InputFormatException.class, () -> ExampleReader.read(List.of())).getMessage());
    }
}
