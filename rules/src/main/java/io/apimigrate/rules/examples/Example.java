package io.apimigrate.rules.examples;

import java.util.Objects;

/**
 * One line of an example file (contracts.md section 1). Absent optional fields are {@code ""}; for a
 * snippet read by {@link ExampleReader#readSnippets} without {@code new_code}, {@code newCode} is
 * {@code ""} too.
 *
 * @param id unique within its file
 * @param oldCode the Python code before migration
 * @param newCode the expected code after migration
 * @param library e.g. numpy, pandas
 * @param fromVersion the library version the change starts from
 * @param toVersion the library version the change goes to
 * @param oldApi e.g. {@code DataFrame.append}
 * @param newApi e.g. {@code pandas.concat}
 * @param kind rename, argument, restructure, removal, multi, negative
 * @param source the document the change comes from
 */
public record Example(
        String id,
        String oldCode,
        String newCode,
        String library,
        String fromVersion,
        String toVersion,
        String oldApi,
        String newApi,
        String kind,
        String source) {

    public Example {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(oldCode, "oldCode");
        Objects.requireNonNull(newCode, "newCode");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(fromVersion, "fromVersion");
        Objects.requireNonNull(toVersion, "toVersion");
        Objects.requireNonNull(oldApi, "oldApi");
        Objects.requireNonNull(newApi, "newApi");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }

    /** An example with only the required fields; the optional ones are {@code ""}. */
    public static Example of(final String id, final String oldCode, final String newCode) {
        return new Example(id, oldCode, newCode, "", "", "", "", "", "", "");
    }
}
