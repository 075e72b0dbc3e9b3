package io.apimigrate.rules.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the YAML that ast-grep rule files are written in nearly always, a single document of
 * nested block mappings whose values are strings, without a YAML library: starting one costs more
 * than a whole {@code fix} of a small tree. Plain, single- and double-quoted one-line scalars and
 * {@code |} / {@code |-} block scalars are read; anything else (sequences, flow collections,
 * anchors, tags, several documents, scalars YAML would read as numbers, booleans or null, unusual
 * escapes) gives an empty answer, and the caller reads the file with a full YAML parser, which
 * also reports any error. What it does read, it reads as that parser would.
 */
final class PlainYaml {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Plain scalars YAML 1.1 resolves to something other than a string. */
    private static final Set<String> TYPED_WORDS = Set.of("null", "~", "true", "false", "yes", "no", "on", "off", "y", "n");
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final String INDICATORS = "[]{}&*!|>'\"%@`,?:-#";

    private final List<String> lines;
    private int next;

    private PlainYaml(final List<String> lines) {
        this.lines = lines;
    }

    /** The document as a tree, or empty when the text uses YAML beyond what this reader knows. */
    static Optional<JsonNode> read(final String text) {
        if (text.indexOf('\t') >= 0 || text.indexOf('\r') >= 0 || text.startsWith("\uFEFF")) {
            return Optional.empty();
        }
        final PlainYaml reader = new PlainYaml(List.of(text.split("\n", -1)));
        try {
            reader.skipBlank();
            if (reader.next == reader.lines.size() || indent(reader.line()) != 0) {
                return Optional.empty();
            }
            final ObjectNode root = reader.mapping(0);
            reader.skipBlank();
            return reader.next == reader.lines.size() ? Optional.of(root) : Optional.empty();
        } catch (final Unsupported e) {
            return Optional.empty();
        }
    }

    /** The block mapping whose keys sit at {@code indent}, from the current line on. */
    private ObjectNode mapping(final int indent) {
        final ObjectNode node = NODES.objectNode();
        while (true) {
            skipBlank();
            if (next == lines.size() || indent(line()) < indent) {
                return node;
            }
            final String line = line();
            if (indent(line) > indent || line.startsWith("---") || line.startsWith("...")) {
                throw new Unsupported();
            }
            final int colon = line.indexOf(':', indent);
            if (colon < 0 || !KEY.matcher(line.substring(indent, colon)).matches()
                    || colon + 1 < line.length() && line.charAt(colon + 1) != ' ') {
                throw new Unsupported();
            }
            final String key = line.substring(indent, colon);
            if (node.has(key)) {
                throw new Unsupported();
            }
            next++;
            node.set(key, value(line.substring(colon + 1).strip(), indent));
        }
    }

    /** The value after {@code key:}: a nested mapping, a block scalar or a one-line scalar. */
    private JsonNode value(final String rest, final int indent) {
        if (rest.isEmpty() || rest.startsWith("#")) {
            skipBlank();
            if (next < lines.size() && indent(line()) > indent) {
                return mapping(indent(line()));
            }
            throw new Unsupported();
        }
        if ("|".equals(rest) || "|-".equals(rest)) {
            return NODES.textNode(literal(indent, rest.endsWith("-")));
        }
        final String scalar = rest.charAt(0) == '\'' ? singleQuoted(rest)
                : rest.charAt(0) == '"' ? doubleQuoted(rest) : plain(rest);
        skipBlank();
        if (next < lines.size() && indent(line()) > indent) {
            throw new Unsupported();
        }
        return NODES.textNode(scalar);
    }

    /** A {@code |} block scalar: its lines less their common indentation; {@code |-} drops the final line break. */
    private String literal(final int parentIndent, final boolean strip) {
        final List<String> body = new ArrayList<>();
        int contentIndent = -1;
        while (next < lines.size()) {
            final String line = lines.get(next);
            if (line.isBlank()) {
                if (line.length() > parentIndent && contentIndent >= 0 && line.length() > contentIndent) {
                    throw new Unsupported();
                }
                body.add("");
                next++;
                continue;
            }
            final int lineIndent = indent(line);
            if (lineIndent <= parentIndent) {
                break;
            }
            if (contentIndent < 0) {
                contentIndent = lineIndent;
            } else if (lineIndent < contentIndent) {
                throw new Unsupported();
            }
            body.add(line.substring(contentIndent));
            next++;
        }
        while (!body.isEmpty() && body.get(body.size() - 1).isEmpty()) {
            body.remove(body.size() - 1);
        }
        if (body.isEmpty()) {
            throw new Unsupported();
        }
        final String text = String.join("\n", body);
        return strip ? text : text + "\n";
    }

    private static String singleQuoted(final String rest) {
        final StringBuilder out = new StringBuilder();
        int i = 1;
        while (i < rest.length()) {
            final char c = rest.charAt(i);
            if (c == '\'') {
                if (i + 1 < rest.length() && rest.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i += 2;
                    continue;
                }
                return afterQuote(rest, i + 1, out.toString());
            }
            out.append(c);
            i++;
        }
        throw new Unsupported();
    }

    private static String doubleQuoted(final String rest) {
        final StringBuilder out = new StringBuilder();
        int i = 1;
        while (i < rest.length()) {
            final char c = rest.charAt(i);
            if (c == '"') {
                return afterQuote(rest, i + 1, out.toString());
            }
            if (c == '\\') {
                if (i + 1 == rest.length()) {
                    throw new Unsupported();
                }
                out.append(switch (rest.charAt(i + 1)) {
                    case '\\' -> '\\';
                    case '"' -> '"';
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case '/' -> '/';
                    default -> throw new Unsupported();
                });
                i += 2;
                continue;
            }
            out.append(c);
            i++;
        }
        throw new Unsupported();
    }

    /** After a closing quote only blanks and a comment may follow. */
    private static String afterQuote(final String rest, final int from, final String value) {
        final String tail = rest.substring(from).strip();
        if (!tail.isEmpty() && !tail.startsWith("#")) {
            throw new Unsupported();
        }
        return value;
    }

    private static String plain(final String rest) {
        final int comment = rest.indexOf(" #");
        final String value = (comment < 0 ? rest : rest.substring(0, comment)).strip();
        final char first = value.charAt(0);
        if (INDICATORS.indexOf(first) >= 0 || value.contains(": ") || value.endsWith(":") || value.contains("\t")
                || first >= '0' && first <= '9' || first == '+' || first == '.'
                || TYPED_WORDS.contains(value.toLowerCase(Locale.ROOT))) {
            throw new Unsupported();
        }
        return value;
    }

    private void skipBlank() {
        while (next < lines.size() && (lines.get(next).isBlank() || lines.get(next).stripLeading().startsWith("#"))) {
            next++;
        }
    }

    private String line() {
        return lines.get(next);
    }

    private static int indent(final String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** YAML this reader leaves to the full parser. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }
}
