package io.apimigrate.rules.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.examples.ExampleReader;
import io.apimigrate.rules.examples.InputFormatException;
import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.TokenKind;
import io.apimigrate.rules.python.Tokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates every {@code data/examples/*.jsonl} file of the shipped corpus: format, unique ids across
 * files, snippets that lex cleanly, old and new code that differ exactly when the kind says so, and
 * the metadata the datasheet relies on. Each failure names the file and the example id.
 */
class CorpusFilesTest {

    private static final Path EXAMPLES = Path.of("..", "data", "examples");
    private static final Set<String> KINDS =
            Set.of("rename", "argument", "restructure", "removal", "multi", "negative");
    private static final String NEGATIVE = "negative";

    private static Map<Path, List<Example>> byFile;

    @BeforeAll
    static void readCorpus() throws IOException, InputFormatException {
        final List<Path> files;
        try (Stream<Path> listing = Files.list(EXAMPLES)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        byFile = new LinkedHashMap<>();
        for (final Path file : files) {
            byFile.put(file, ExampleReader.read(List.of(file)));
        }
    }

    @Test
    void corpusFolderHoldsNonEmptyExampleFiles() {
        assertFalse(byFile.isEmpty(), "no *.jsonl file in " + EXAMPLES.toAbsolutePath().normalize());
        final List<String> empty = byFile.entrySet().stream()
                .filter(e -> e.getValue().isEmpty())
                .map(e -> e.getKey().getFileName().toString())
                .toList();
        assertTrue(empty.isEmpty(), "files without examples: " + empty);
    }

    @Test
    void idsAreUniqueAcrossAllFiles() {
        final Map<String, String> firstFile = new HashMap<>();
        final List<String> duplicates = new ArrayList<>();
        byFile.forEach((file, examples) -> {
            for (final Example example : examples) {
                final String previous = firstFile.putIfAbsent(example.id(), name(file));
                if (previous != null) {
                    duplicates.add(example.id() + " in " + previous + " and " + name(file));
                }
            }
        });
        assertNoFailures("duplicate ids", duplicates);
    }

    @Test
    void everySnippetLexesWithoutErrorTokens() {
        assertNoFailures("snippets with ERRORTOKEN", failures(example -> {
            final String old = errorToken(example.oldCode());
            final String neu = errorToken(example.newCode());
            return old != null ? "old_code " + old : neu != null ? "new_code " + neu : null;
        }));
    }

    @Test
    void everySnippetHasBalancedBrackets() {
        assertNoFailures("snippets with unbalanced brackets", failures(example ->
                !PythonLexer.lex(example.oldCode()).balanced() ? "old_code"
                        : !PythonLexer.lex(example.newCode()).balanced() ? "new_code" : null));
    }

    @Test
    void onlyNegativesLeaveTheCodeUnchanged() {
        assertNoFailures("old_code/new_code inconsistent with kind", failures(example -> {
            final boolean unchanged = example.oldCode().equals(example.newCode());
            final boolean negative = NEGATIVE.equals(example.kind());
            if (negative && !unchanged) {
                return "kind negative but new_code differs from old_code";
            }
            return !negative && unchanged ? "new_code equals old_code but kind is " + example.kind() : null;
        }));
    }

    @Test
    void everyKindIsADocumentedKind() {
        assertNoFailures("unknown kinds", failures(example ->
                KINDS.contains(example.kind()) ? null : "kind \"" + example.kind() + "\" not in " + KINDS));
    }

    @Test
    void everyExampleCarriesTheRequiredMetadata() {
        assertNoFailures("missing metadata", failures(example -> {
            final List<String> missing = new ArrayList<>();
            require(missing, "library", example.library());
            require(missing, "source", example.source());
            require(missing, "old_api", example.oldApi());
            if (!NEGATIVE.equals(example.kind())) {
                require(missing, "new_api", example.newApi());
                require(missing, "from_version", example.fromVersion());
                require(missing, "to_version", example.toVersion());
            }
            return missing.isEmpty() ? null : "blank " + String.join(", ", missing);
        }));
    }

    @Test
    void libraryFilesHoldOnlyTheirOwnLibrary() {
        assertNoFailures("library does not match the file", failures(byFile, (file, example) -> {
            final String stem = name(file).replace(".jsonl", "");
            final boolean libraryFile = !stem.startsWith("negatives");
            return libraryFile && !stem.equals(example.library())
                    ? "library \"" + example.library() + "\" in " + name(file) : null;
        }));
    }

    private static String errorToken(final String code) {
        final Tokens tokens = PythonLexer.lex(code);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i) == TokenKind.ERRORTOKEN) {
                return "ERRORTOKEN " + quote(tokens.text(i)) + " on snippet line " + (tokens.line(i) + 1);
            }
        }
        return null;
    }

    private static String quote(final String text) {
        return "\"" + text.replace("\n", "\\n") + "\"";
    }

    private static void require(final List<String> missing, final String field, final String value) {
        if (value.isBlank()) {
            missing.add(field);
        }
    }

    private static List<String> failures(final Function<Example, String> check) {
        return failures(byFile, (file, example) -> check.apply(example));
    }

    private static List<String> failures(final Map<Path, List<Example>> files, final FileCheck check) {
        final List<String> found = new ArrayList<>();
        files.forEach((file, examples) -> {
            for (final Example example : examples) {
                final String problem = check.apply(file, example);
                if (problem != null) {
                    found.add(name(file) + ": " + example.id() + ": " + problem);
                }
            }
        });
        return found;
    }

    private static void assertNoFailures(final String what, final List<String> found) {
        assertEquals(List.of(), found, () -> found.size() + " " + what + ":\n"
                + found.stream().limit(50).collect(Collectors.joining("\n")));
    }

    private static String name(final Path file) {
        return file.getFileName().toString();
    }

    @FunctionalInterface
    private interface FileCheck {
        String apply(Path file, Example example);
    }
}
