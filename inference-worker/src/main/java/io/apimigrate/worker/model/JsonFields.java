package io.apimigrate.worker.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Typed reads of a JSON file's fields; each failure names the file and the field. */
final class JsonFields {

    private final String file;
    private final JsonNode root;

    private JsonFields(final String file, final JsonNode root) {
        this.file = file;
        this.root = root;
    }

    /** Reads {@code path}, which must hold a JSON object. */
    static JsonFields read(final Path path) {
        if (!Files.isRegularFile(path)) {
            throw new ModelLoadException(path + " not found");
        }
        final JsonNode root;
        try {
            root = new ObjectMapper().readTree(path.toFile());
        } catch (final IOException e) {
            throw new ModelLoadException(path + ": not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ModelLoadException(path + ": not a JSON object");
        }
        return new JsonFields(path.getFileName().toString(), root);
    }

    boolean has(final String field) {
        return root.hasNonNull(field);
    }

    JsonNode node(final String field) {
        return root.path(field);
    }

    int positiveInt(final String field) {
        final JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw error(field, "is missing");
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 1) {
            throw error(field, "must be a positive integer, got " + node);
        }
        return node.asInt();
    }

    int positiveInt(final String field, final int fallback) {
        return has(field) ? positiveInt(field) : fallback;
    }

    double positiveDouble(final String field, final double fallback) {
        return positiveDouble(root.get(field), field, fallback);
    }

    double positiveDouble(final JsonNode node, final String field, final double fallback) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return fallback;
        }
        if (!node.isNumber() || !(node.asDouble() > 0)) {
            throw error(field, "must be a positive number, got " + node);
        }
        return node.asDouble();
    }

    boolean bool(final String field, final boolean fallback) {
        final JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw error(field, "must be true or false, got " + node);
        }
        return node.asBoolean();
    }

    String text(final String field, final String fallback) {
        final JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isTextual()) {
            throw error(field, "must be a string, got " + node);
        }
        return node.asText();
    }

    /** A token id or a list of token ids; empty when absent or null. */
    List<Integer> tokenIds(final String field) {
        final JsonNode node = root.get(field);
        final List<Integer> ids = new ArrayList<>();
        if (node == null || node.isNull()) {
            return ids;
        }
        if (node.isArray()) {
            for (final JsonNode id : node) {
                ids.add(tokenId(id, field));
            }
        } else {
            ids.add(tokenId(node, field));
        }
        return ids;
    }

    ModelLoadException error(final String field, final String problem) {
        return new ModelLoadException(file + ": field " + field + " " + problem);
    }

    private int tokenId(final JsonNode node, final String field) {
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 0) {
            throw error(field, "must be a token id or a list of token ids, got " + node);
        }
        return node.asInt();
    }
}
