package io.apimigrate.topology.routing;

import io.apimigrate.schemas.CodeSnippet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a decoded snippet can be routed: its key is its id, its code is neither
 * blank nor longer than the limit (nor its expected code, when given), and its language is
 * supported.
 */
public final class SnippetCheck {

    private final int maxCodeChars;
    private final Set<String> languages;

    /**
     * @param maxCodeChars the longest code accepted, in chars
     * @param languages accepted languages, lower case
     */
    public SnippetCheck(final int maxCodeChars, final Set<String> languages) {
        this.maxCodeChars = maxCodeChars;
        this.languages = Set.copyOf(languages);
    }

    /** What is wrong with the snippet, or empty when it can be routed. */
    public Optional<String> problem(final String key, final CodeSnippet snippet) {
        if (snippet.getId() == null || snippet.getId().isBlank()) {
            return Optional.of("snippet id is blank");
        }
        if (!snippet.getId().equals(key)) {
            return Optional.of("record key '" + key + "' differs from snippet id '" + snippet.getId() + "'");
        }
        final String code = snippet.getCode();
        if (code == null || code.isBlank()) {
            return Optional.of("snippet '" + key + "': code is empty");
        }
        if (code.length() > maxCodeChars) {
            return Optional.of("snippet '" + key + "': code has " + code.length()
                    + " chars, more than the limit of " + maxCodeChars);
        }
        final String expected = snippet.getExpected();
        if (expected != null && expected.length() > maxCodeChars) {
            return Optional.of("snippet '" + key + "': expected code has " + expected.length()
                    + " chars, more than the limit of " + maxCodeChars);
        }
        final String language = snippet.getLanguage() == null ? "" : snippet.getLanguage().toLowerCase(Locale.ROOT);
        if (!languages.contains(language)) {
            return Optional.of("snippet '" + key + "': unsupported language '" + snippet.getLanguage()
                    + "', supported: " + String.join(", ", languages.stream().sorted().toList()));
        }
        return Optional.empty();
    }
}
