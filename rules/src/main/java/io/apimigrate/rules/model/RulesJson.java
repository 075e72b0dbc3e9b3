package io.apimigrate.rules.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apimigrate.rules.examples.AtomicFile;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads and writes rules.json: {@code {"rules": [ {rule}, ... ]}}. Parsing is strict: unknown
 * fields, wrong types and invalid patterns are errors that name the rule and the field.
 * A minimal hand-written rule needs only {@code id}, {@code pattern} and {@code template}.
 */
public final class RulesJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> FIELDS = Set.of(
            "id", "library", "from_version", "to_version", "old_api", "new_api", "kind", "pattern", "template",
            "constraints", "imports", "evidence", "precision", "support", "confidence", "safe", "origin", "provenance");

    private RulesJson() {
    }

    /** Reads a rules.json file; errors name the file, the rule's index and the field. */
    public static RuleSet read(final Path file) throws RuleFormatException {
        final JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (final NoSuchFileException | java.io.FileNotFoundException e) {
            throw new RuleFormatException(file + ": file not found");
        } catch (final JsonProcessingException e) {
            throw new RuleFormatException(file + ":" + e.getLocation().getLineNr() + ": not valid JSON: "
                    + e.getOriginalMessage());
        } catch (final IOException e) {
            throw new RuleFormatException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("rules").isArray()) {
            throw new RuleFormatException(file + ": expected an object {\"rules\": [...]}");
        }
        final List<Rule> rules = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        int index = 0;
        for (final JsonNode node : root.get("rules")) {
            final Rule rule;
            try {
                rule = parse(node);
            } catch (final RuleFormatException e) {
                throw new RuleFormatException(file + ": rules[" + index + "]: " + e.getMessage());
            }
            if (!ids.add(rule.id())) {
                throw new RuleFormatException(file + ": rules[" + index + "]: id: duplicate id '" + rule.id() + "'");
            }
            rules.add(rule);
            index++;
        }
        return RuleSet.of(rules);
    }

    /** Writes the rule set atomically (a temporary file renamed into place). */
    public static void write(final RuleSet rules, final Path file) throws IOException {
        final ObjectNode root = MAPPER.createObjectNode();
        final ArrayNode array = root.putArray("rules");
        for (final Rule rule : rules.rules()) {
            array.add(toNode(rule));
        }
        try (AtomicFile out = AtomicFile.create(file)) {
            out.stream().write(MAPPER.writeValueAsBytes(root));
            out.commit();
        }
    }

    /** Parses and validates one rule given as a JSON object. */
    public static Rule parseRule(final String json) throws RuleFormatException {
        try {
            return parse(MAPPER.readTree(json));
        } catch (final JsonProcessingException e) {
            throw new RuleFormatException("not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** One rule as a JSON object. */
    public static String toJson(final Rule rule) {
        return toNode(rule).toString();
    }

    private static Rule parse(final JsonNode node) throws RuleFormatException {
        if (node == null || !node.isObject()) {
            throw new RuleFormatException("a rule must be a JSON object");
        }
        for (final Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            final String name = it.next();
            if (!FIELDS.contains(name)) {
                throw new RuleFormatException(name + ": unknown field (known: " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        final String id = requiredText(node, "id");
        final RuleOrigin origin = enumValue(node, "origin", RuleOrigin.class, RuleOrigin.HAND_WRITTEN);
        final double defaultConfidence = origin == RuleOrigin.LEARNED ? 0.0 : 1.0;
        final double confidence = probability(node, "confidence", defaultConfidence);
        final Rule rule = new Rule(
                id,
                text(node, "library"),
                text(node, "from_version"),
                text(node, "to_version"),
                text(node, "old_api"),
                text(node, "new_api"),
                enumValue(node, "kind", RuleKind.class, RuleKind.RESTRUCTURE),
                requiredText(node, "pattern"),
                text(node, "template"),
                constraints(node.get("constraints")),
                new ImportEdits(strings(node.path("imports"), "add", "imports.add")),
                evidence(node.get("evidence"), confidence),
                probability(node, "precision", confidence),
                integer(node, "support"),
                confidence,
                bool(node, "safe", true),
                origin,
                strings(node, "provenance", "provenance"));
        try {
            RuleValidator.validate(rule);
        } catch (final IllegalArgumentException e) {
            throw new RuleFormatException(e.getMessage());
        }
        return rule;
    }

    /**
     * {@code {"X": "string", "NAME": {"kind": "identifier", "regex": "Error$"}}}: metavariable name
     * to the kind it may bind, or to a kind and a regular expression its text must contain a match of.
     */
    private static Map<String, Constraint> constraints(final JsonNode node) throws RuleFormatException {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new RuleFormatException("constraints: expected an object of metavariable name to kind");
        }
        final Map<String, Constraint> out = new TreeMap<>();
        for (final Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            final Map.Entry<String, JsonNode> entry = it.next();
            final String field = "constraints." + entry.getKey();
            out.put(entry.getKey(), entry.getValue().isObject() ? constraint(entry.getValue(), field)
                    : Constraint.of(kind(entry.getValue().isTextual() ? entry.getValue().asText()
                            : entry.getValue().toString(), field)));
        }
        return out;
    }

    /** {@code {"kind": ..., "regex": ...}}, either or both; rules.json and ast-grep spell it alike. */
    static Constraint constraint(final JsonNode node, final String field) throws RuleFormatException {
        for (final Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            final String name = names.next();
            if (!name.equals("kind") && !name.equals("regex")) {
                throw new RuleFormatException(field + "." + name + ": unknown field (a constraint has kind and regex)");
            }
        }
        final JsonNode kind = node.get("kind");
        final JsonNode regex = node.get("regex");
        if (kind != null && !kind.isTextual() || regex != null && !regex.isTextual() || kind == null && regex == null) {
            throw new RuleFormatException(field + ": expected {kind: <node kind>} and/or {regex: <regular expression>}");
        }
        try {
            return new Constraint(kind == null ? null : kind(kind.asText(), field + ".kind"),
                    regex == null ? null : regex.asText());
        } catch (final IllegalArgumentException e) {
            throw new RuleFormatException(field + "." + e.getMessage());
        }
    }

    static MetavariableKind kind(final String name, final String field) throws RuleFormatException {
        return MetavariableKind.byName(name).orElseThrow(() -> new RuleFormatException(field + ": unknown kind '" + name
                + "' (known: " + String.join(", ", Arrays.stream(MetavariableKind.values())
                        .map(MetavariableKind::jsonName).toList()) + ")"));
    }

    private static Evidence evidence(final JsonNode node, final double confidence) throws RuleFormatException {
        if (node == null || node.isNull()) {
            return Evidence.unambiguous(List.of(), confidence);
        }
        if (!node.isObject()) {
            throw new RuleFormatException("evidence: expected an object");
        }
        for (final Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            final String name = it.next();
            if (!Set.of("modules", "receiver_names", "ambiguous", "unconfirmed_confidence", "head_module",
                    "keywords", "top_level_only", "defined_names", "assigned", "positional_arguments", "unpacked",
                    "receiver_modules", "run_positionals", "run_keywords", "callee_keywords")
                    .contains(name)) {
                throw new RuleFormatException("evidence." + name + ": unknown field");
            }
        }
        final boolean ambiguous = bool(node, "ambiguous", false);
        final double unconfirmed = node.has("unconfirmed_confidence")
                ? probability(node, "unconfirmed_confidence", confidence)
                : confidence;
        return new Evidence(strings(node, "modules", "evidence.modules"),
                strings(node, "receiver_names", "evidence.receiver_names"), ambiguous, unconfirmed,
                text(node, "head_module"), strings(node, "keywords", "evidence.keywords"),
                bool(node, "top_level_only", false), strings(node, "defined_names", "evidence.defined_names"),
                bool(node, "assigned", false),
                node.has("positional_arguments") ? integer(node, "positional_arguments") : -1,
                bool(node, "unpacked", false), strings(node, "receiver_modules", "evidence.receiver_modules"),
                node.has("run_positionals") ? integer(node, "run_positionals") : -1,
                strings(node, "run_keywords", "evidence.run_keywords"),
                node.has("callee_keywords") ? strings(node, "callee_keywords", "evidence.callee_keywords") : null);
    }

    private static ObjectNode toNode(final Rule rule) {
        final ObjectNode node = MAPPER.createObjectNode();
        node.put("id", rule.id());
        node.put("library", rule.library());
        node.put("from_version", rule.fromVersion());
        node.put("to_version", rule.toVersion());
        node.put("old_api", rule.oldApi());
        node.put("new_api", rule.newApi());
        node.put("kind", rule.kind().name().toLowerCase(Locale.ROOT));
        node.put("pattern", rule.pattern());
        node.put("template", rule.template());
        if (!rule.constraints().isEmpty()) {
            final ObjectNode constraints = node.putObject("constraints");
            new TreeMap<>(rule.constraints()).forEach((name, constraint) -> {
                if (constraint.regex() == null) {
                    constraints.put(name, constraint.kind().jsonName());
                } else {
                    final ObjectNode object = constraints.putObject(name);
                    if (constraint.kind() != null) {
                        object.put("kind", constraint.kind().jsonName());
                    }
                    object.put("regex", constraint.regex());
                }
            });
        }
        final ObjectNode imports = node.putObject("imports");
        rule.imports().add().forEach(imports.putArray("add")::add);
        final ObjectNode evidence = node.putObject("evidence");
        rule.evidence().modules().forEach(evidence.putArray("modules")::add);
        rule.evidence().receiverNames().forEach(evidence.putArray("receiver_names")::add);
        evidence.put("ambiguous", rule.evidence().ambiguous());
        evidence.put("unconfirmed_confidence", round(rule.evidence().unconfirmedConfidence()));
        if (rule.evidence().topLevelOnly()) {
            evidence.put("top_level_only", true);
        }
        if (rule.evidence().assigned()) {
            evidence.put("assigned", true);
        }
        if (!rule.evidence().definedNames().isEmpty()) {
            rule.evidence().definedNames().forEach(evidence.putArray("defined_names")::add);
        }
        if (!rule.evidence().keywords().isEmpty()) {
            rule.evidence().keywords().forEach(evidence.putArray("keywords")::add);
        }
        if (!rule.evidence().headModule().isEmpty()) {
            evidence.put("head_module", rule.evidence().headModule());
        }
        if (rule.evidence().positionalArguments() >= 0) {
            evidence.put("positional_arguments", rule.evidence().positionalArguments());
        }
        if (rule.evidence().unpacked()) {
            evidence.put("unpacked", true);
        }
        if (!rule.evidence().receiverModules().isEmpty()) {
            rule.evidence().receiverModules().forEach(evidence.putArray("receiver_modules")::add);
        }
        if (rule.evidence().runPositionals() >= 0) {
            evidence.put("run_positionals", rule.evidence().runPositionals());
            rule.evidence().runKeywords().forEach(evidence.putArray("run_keywords")::add);
        }
        if (rule.evidence().calleeKeywords() != null) {
            rule.evidence().calleeKeywords().forEach(evidence.putArray("callee_keywords")::add);
        }
        node.put("precision", round(rule.precision()));
        node.put("support", rule.support());
        node.put("confidence", round(rule.confidence()));
        node.put("safe", rule.safe());
        node.put("origin", rule.origin().name().toLowerCase(Locale.ROOT));
        rule.provenance().forEach(node.putArray("provenance")::add);
        return node;
    }

    private static double round(final double value) {
        return Math.round(value * 10_000.0) / 10_000.0;
    }

    private static String requiredText(final JsonNode node, final String field) throws RuleFormatException {
        final String value = text(node, field);
        if (value.isEmpty()) {
            throw new RuleFormatException(field + ": required, must be a non-empty string");
        }
        return value;
    }

    private static String text(final JsonNode node, final String field) throws RuleFormatException {
        final JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new RuleFormatException(field + ": expected a string, got " + value.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return value.asText();
    }

    private static double probability(final JsonNode node, final String field, final double fallback)
            throws RuleFormatException {
        final JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 1) {
            throw new RuleFormatException(field + ": expected a number between 0 and 1, got " + value);
        }
        return value.asDouble();
    }

    private static int integer(final JsonNode node, final String field) throws RuleFormatException {
        final JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            throw new RuleFormatException(field + ": expected a non-negative integer, got " + value);
        }
        return value.asInt();
    }

    private static boolean bool(final JsonNode node, final String field, final boolean fallback)
            throws RuleFormatException {
        final JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new RuleFormatException(field + ": expected true or false, got " + value);
        }
        return value.asBoolean();
    }

    private static List<String> strings(final JsonNode node, final String field, final String path)
            throws RuleFormatException {
        final JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new RuleFormatException(path + ": expected an array of strings");
        }
        final List<String> out = new ArrayList<>();
        for (final JsonNode item : value) {
            if (!item.isTextual()) {
                throw new RuleFormatException(path + ": expected an array of strings, found " + item);
            }
            out.add(item.asText());
        }
        return out;
    }

    private static <E extends Enum<E>> E enumValue(final JsonNode node, final String field, final Class<E> type,
            final E fallback) throws RuleFormatException {
        final String value = text(node, field);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (final IllegalArgumentException e) {
            final List<String> names = new ArrayList<>();
            for (final E constant : type.getEnumConstants()) {
                names.add(constant.name().toLowerCase(Locale.ROOT));
            }
            throw new RuleFormatException(field + ": unknown value '" + value + "' (expected one of " + names + ")");
        }
    }
}
