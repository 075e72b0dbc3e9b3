package io.apimigrate.cli.pipeline;

import java.util.Objects;
import java.util.Optional;

/**
 * One snippet fed to the streaming system, with where it comes from.
 *
 * @param id unique within the run
 * @param code the code before migration
 * @param expected the expected code after migration, when the input gives it
 * @param library the library the snippet is believed to use, or empty
 * @param origin the file and line the snippet was cut from, when it comes from a repository
 */
public record SnippetInput(String id, String code, Optional<String> expected, String library,
        Optional<Origin> origin) {

    public SnippetInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * Where a snippet lies in a repository.
     *
     * @param repository the repository, e.g. its folder name
     * @param path the file, relative to the repository, '/'-separated
     * @param line the 1-based line of the snippet's first line
     */
    public record Origin(String repository, String path, int line) {
    }
}
