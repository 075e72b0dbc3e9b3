package io.apimigrate.rules.model;

import java.nio.file.Path;

/** Reads and writes rules.json: {@code {"rules": [ {rule}, ... ]}}. */
public final class RulesJson {

    private RulesJson() {
    }

    /** Reads a rules.json file; errors name the file, the rule's index and the field. */
    public static RuleSet read(final Path file) throws RuleFormatException {
        throw new RuleFormatException(file + ": not implemented yet");
    }

    /** Writes the rule set atomically (a temporary file renamed into place). */
    public static void write(final RuleSet rules, final Path file) throws java.io.IOException {
        throw new java.io.IOException("not implemented yet");
    }

    /** Parses and validates one rule given as a JSON object. */
    public static Rule parseRule(final String json) throws RuleFormatException {
        throw new RuleFormatException("not implemented yet");
    }

    /** One rule as a JSON object. */
    public static String toJson(final Rule rule) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
