package io.apimigrate.cli.scan;

import io.apimigrate.cli.pipeline.SnippetInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The snippets of a repository scan: the anchored statements of its Python files, with the files' text kept to
 * put rewrites back.
 *
 * @param repository the repository's folder name
 * @param files file text by relative path, for the files that have cuts
 * @param cuts the statements to send, by id
 * @param skipped files that could not be read as UTF-8, with why
 */
public record ScanPlan(String repository, Map<String, String> files, Map<String, Cut> cuts, List<String> skipped) {

    /** Reads the files and cuts them. */
    public static ScanPlan of(final Path repo, final List<String> paths, final StatementCutter cutter) {
        final Map<String, String> files = new LinkedHashMap<>();
        final Map<String, Cut> cuts = new LinkedHashMap<>();
        final List<String> skipped = new ArrayList<>();
        for (final String path : paths) {
            final Optional<String> text = read(repo.resolve(path));
            if (text.isEmpty()) {
                skipped.add(path + ": not UTF-8 text, skipped");
                continue;
            }
            final List<Cut> found = cutter.cut(path, text.get());
            if (!found.isEmpty()) {
                files.put(path, text.get());
                found.forEach(c -> cuts.put(c.id(), c));
            }
        }
        final Path name = repo.toAbsolutePath().normalize().getFileName();
        return new ScanPlan(name == null ? repo.toString() : name.toString(), files, cuts, skipped);
    }

    /** The snippets to send, in file and line order: each statement after its file's import context. */
    public List<SnippetInput> snippets() {
        final List<SnippetInput> out = new ArrayList<>(cuts.size());
        for (final Cut c : cuts.values()) {
            out.add(new SnippetInput(c.id(), c.snippet(), Optional.empty(), "",
                    Optional.of(new SnippetInput.Origin(repository, c.path(), c.line()))));
        }
        return out;
    }

    private static Optional<String> read(final Path file) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString());
        } catch (final CharacterCodingException e) {
            return Optional.empty();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
