package io.apimigrate.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlWriterTest {

    /** A value Jackson fails on while serialising it. */
    record Exploding(String name) {
        public String getBoom() {
            throw new IllegalStateException("boom");
        }
    }

    /** A value with a fixed field order. */
    record Row(String id, String code) {
    }

    @TempDir
    Path dir;

    private List<String> folderNames() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesOneValuePerLine() throws Exception {
        final Path target = dir.resolve("out.jsonl");
        JsonlWriter.writeAll(target, List.of(new Row("a", "x\ny"), new Row("π😀", "")));
        assertEquals("""
                {"id":"a","code":"x\\ny"}
                {"id":"π😀","code":""}
                """, Files.readString(target));
    }

    @Test
    void indentingMapperStillWritesOneLinePerValue() throws Exception {
        final Path target = dir.resolve("out.jsonl");
        final ObjectMapper indenting = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try (JsonlWriter out = JsonlWriter.create(target, indenting)) {
            out.write(Map.of("id", "a"));
            out.commit();
        }
        assertEquals(List.of("{\"id\":\"a\"}"), Files.readAllLines(target));
    }

    @Test
    void targetAppearsOnlyOnCommit() throws Exception {
        final Path target = dir.resolve("out.jsonl");
        try (JsonlWriter out = JsonlWriter.create(target)) {
            out.write(Map.of("id", "a"));
            assertFalse(Files.exists(target));
            out.commit();
        }
        assertEquals(List.of("out.jsonl"), folderNames());
    }

    @Test
    void closeWithoutCommitKeepsTheOldFile() throws Exception {
        final Path target = Files.writeString(dir.resolve("out.jsonl"), "old\n");
        try (JsonlWriter out = JsonlWriter.create(target)) {
            out.write(Map.of("id", "new"));
        }
        assertEquals("old\n", Files.readString(target));
        assertEquals(List.of("out.jsonl"), folderNames());
    }

    @Test
    void failedWriteLeavesNoFile() throws Exception {
        final Path target = dir.resolve("out.jsonl");
        assertThrows(Exception.class,
                () -> JsonlWriter.writeAll(target, List.of(Map.of("id", "a"), new Exploding("b"))));
        assertEquals(List.of(), folderNames());
    }

    @Test
    void missingFolderIsCreated() throws Exception {
        final Path target = dir.resolve("a/b/out.jsonl");
        JsonlWriter.writeAll(target, List.of(Map.of("id", "a")));
        assertEquals(List.of("{\"id\":\"a\"}"), Files.readAllLines(target));
    }

    @Test
    void targetThatIsAFolderIsAnError() {
        final IOException e = assertThrows(IOException.class, () -> JsonlWriter.create(dir));
        assertEquals(dir + ": is a folder, cannot write a file there", e.getMessage());
    }

    @Test
    void countsLines() throws Exception {
        try (JsonlWriter out = JsonlWriter.create(dir.resolve("out.jsonl"))) {
            out.write(Map.of("id", "a"));
            out.write(Map.of("id", "b"));
            assertEquals(2, out.lines());
        }
    }

    @Test
    void writtenExamplesReadBack() throws Exception {
        final Path target = dir.resolve("round.jsonl");
        JsonlWriter.writeAll(target, List.of(
                Map.of("id", "a", "old_code", "x = np.float(1)\n", "new_code", "x = float(1)\n")));
        assertEquals(List.of(Example.of("a", "x = np.float(1)\n", "x = float(1)\n")),
                ExampleReader.read(List.of(target)));
    }
}
