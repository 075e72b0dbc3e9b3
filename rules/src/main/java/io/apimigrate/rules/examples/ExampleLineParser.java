package io.apimigrate.rules.examples;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;

/** Parses and validates one JSON line into an {@link Example}; faults name the file, line and field. */
final class ExampleLineParser {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path file;
    private final boolean newCodeRequired;

    ExampleLineParser(final Path file, final boolean newCodeRequired) {
        this.file = file;
        this.newCodeRequired = newCodeRequired;
    }

    Example parse(final String text, final long line) throws InputFormatException {
        final JsonNode node = parseJson(text, line);
        if (!node.isObject()) {
            throw InputFormatException.atLine(file, line, "json", "expected a JSON object, got " + typeName(node));
        }
        final String id = string(node, "id", line, true);
        if (id.isBlank()) {
            throw InputFormatException.atLine(file, line, "id", "must not be empty");
        }
        return new Example(
                id,
                string(node, "old_code", line, true),
                string(node, "new_code", line, newCodeRequired),
                string(node, "library", line, false),
                string(node, "from_version", line, false),
                string(node, "to_version", line, false),
                string(node, "old_api", line, false),
                string(node, "new_api", line, false),
                string(node, "kind", line, false),
                string(node, "source", line, false));
    }

    private JsonNode parseJson(final String text, final long line) throws InputFormatException {
        try {
            return MAPPER.readTree(text);
        } catch (final JsonProcessingException e) {
            final int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            final String where = column > 0 ? " near column " + column : "";
            throw InputFormatException.atLine(file, line, "json", "malformed JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    private String string(final JsonNode object, final String field, final long line, final boolean required)
            throws InputFormatException {
        final JsonNode value = object.get(field);
        if (value == null || (value.isNull() && !required)) {
            if (required) {
                throw InputFormatException.atLine(file, line, field, "missing (required)");
            }
            return "";
        }
        if (!value.isTextual()) {
            throw InputFormatException.atLine(file, line, field, "must be a string, got " + typeName(value));
        }
        return value.textValue();
    }

    private static String typeName(final JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
