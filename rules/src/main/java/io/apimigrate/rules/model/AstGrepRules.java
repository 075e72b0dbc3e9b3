package io.apimigrate.rules.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Imports ast-grep rule files (YAML, one or more documents separated by {@code ---}): {@code id},
 * {@code language: python}, {@code rule.pattern} and {@code fix}. Imported rules are hand-written,
 * hence fully confident. Rule keys this engine cannot honour ({@code kind}, {@code inside},
 * {@code has}, ...) are errors rather than silently broader matches.
 */
public final class AstGrepRules {

    private static final Set<String> TOP_LEVEL = Set.of(
            "id", "language", "rule", "fix", "message", "severity", "note", "url", "metadata", "files", "ignores", "constraints");

    private AstGrepRules() {
    }

    /** Reads rules from a rules.json, an ast-grep YAML file, or a folder of YAML files (in name order). */
    public static RuleSet load(final Path path) throws RuleFormatException {
        if (Files.isDirectory(path)) {
            final List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")
                        || p.toString().endsWith(".json")).sorted().toList();
            } catch (final IOException e) {
                throw new RuleFormatException(path + ": cannot list: " + e.getMessage(), e);
            }
            if (files.isEmpty()) {
                throw new RuleFormatException(path + ": no rule files (*.yml, *.yaml, *.json) in this folder");
            }
            final List<Rule> all = new ArrayList<>();
            final Set<String> ids = new HashSet<>();
            final List<RuleSet> loaded = loadAll(files);
            for (int f = 0; f < files.size(); f++) {
                final Path file = files.get(f);
                for (final Rule rule : loaded.get(f).rules()) {
                    if (!ids.add(rule.id())) {
                        throw new RuleFormatException(file + ": id: '" + rule.id() + "' is defined twice");
                    }
                    all.add(rule);
                }
            }
            return RuleSet.of(all);
        }
        if (!Files.isRegularFile(path)) {
            throw new RuleFormatException(path + ": no such file or folder");
        }
        return path.toString().endsWith(".json") ? RulesJson.read(path) : readYaml(path);
    }

    /** Reads the files in parallel, in their order; the first file in order that fails is reported. */
    private static List<RuleSet> loadAll(final List<Path> files) throws RuleFormatException {
        final Object[] results = new Object[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(f -> {
            try {
                results[f] = load(files.get(f));
            } catch (final RuleFormatException e) {
                results[f] = e;
            }
        });
        final List<RuleSet> out = new ArrayList<>(results.length);
        for (final Object result : results) {
            if (result instanceof RuleFormatException e) {
                throw e;
            }
            out.add((RuleSet) result);
        }
        return out;
    }

    /** Reads one ast-grep YAML file: the common plain form directly, anything else with a YAML parser. */
    public static RuleSet readYaml(final Path file) throws RuleFormatException {
        final Optional<JsonNode> plain = plainDocument(file);
        if (plain.isPresent()) {
            return RuleSet.of(List.of(parse(file, plain.get(), 1)));
        }
        final List<Rule> rules = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = Yaml.MAPPER.readerFor(JsonNode.class).readValues(file.toFile())) {
            int index = 0;
            while (documents.hasNextValue()) {
                final JsonNode document = documents.nextValue();
                index++;
                if (document == null || document.isNull() || document.isMissingNode()) {
                    continue;
                }
                rules.add(parse(file, document, index));
            }
        } catch (final JsonProcessingException e) {
            throw new RuleFormatException(file + ":" + e.getLocation().getLineNr() + ": not valid YAML: "
                    + e.getOriginalMessage());
        } catch (final IOException e) {
            throw new RuleFormatException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (rules.isEmpty()) {
            throw new RuleFormatException(file + ": no rules in this file");
        }
        return RuleSet.of(rules);
    }

    /** The file as one plain document ({@link PlainYaml}), or empty when a YAML parser must read it. */
    private static Optional<JsonNode> plainDocument(final Path file) {
        try {
            return PlainYaml.read(Files.readString(file));
        } catch (final IOException e) {
            return Optional.empty();
        }
    }

    private static Rule parse(final Path file, final JsonNode document, final int index) throws RuleFormatException {
        try {
            return parse(document);
        } catch (final RuleFormatException e) {
            throw new RuleFormatException(file + ": document " + index + ": " + e.getMessage());
        }
    }

    private static Rule parse(final JsonNode node) throws RuleFormatException {
        if (!node.isObject()) {
            throw new RuleFormatException("expected a mapping with id, language, rule and fix");
        }
        for (final Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            final String name = it.next();
            if (!TOP_LEVEL.contains(name)) {
                throw new RuleFormatException(name + ": unsupported key");
            }
        }
        final String id = text(node, "id");
        final String language = text(node, "language");
        if (!"python".equalsIgnoreCase(language)) {
            throw new RuleFormatException("language: '" + language + "' is not supported; only python");
        }
        final JsonNode rule = node.get("rule");
        if (rule == null || !rule.isObject()) {
            throw new RuleFormatException("rule: required, a mapping with a pattern");
        }
        for (final Iterator<String> it = rule.fieldNames(); it.hasNext(); ) {
            final String name = it.next();
            if (!"pattern".equals(name)) {
                throw new RuleFormatException("rule." + name + ": not supported (only rule.pattern is)");
            }
        }
        final String pattern = text(rule, "pattern");
        final JsonNode fix = node.get("fix");
        if (fix == null || !fix.isTextual()) {
            throw new RuleFormatException("fix: required, the replacement text");
        }
        final String template = fix.asText().endsWith("\n") && !pattern.endsWith("\n")
                ? fix.asText().substring(0, fix.asText().length() - 1) : fix.asText();
        final Rule parsed = new Rule(id, "", "", "", "", "", RuleKind.RESTRUCTURE, pattern.strip(), template,
                constraints(node), ImportEdits.NONE, Evidence.unambiguous(List.of(), 1.0), 1.0, 0, 1.0, true, RuleOrigin.AST_GREP,
                List.of());
        try {
            RuleValidator.validate(parsed);
        } catch (final IllegalArgumentException e) {
            throw new RuleFormatException("rule " + id + ": " + e.getMessage());
        }
        return parsed;
    }

    /** ast-grep's {@code constraints: {X: {kind: string}, Y: {regex: '^get_'}}}: kind, regex or both. */
    private static Map<String, Constraint> constraints(final JsonNode node) throws RuleFormatException {
        final JsonNode constraints = node.get("constraints");
        if (constraints == null || constraints.isNull()) {
            return Map.of();
        }
        if (!constraints.isObject()) {
            throw new RuleFormatException("constraints: expected a mapping of metavariable name to {kind: ..., regex: ...}");
        }
        final Map<String, Constraint> out = new TreeMap<>();
        for (final Iterator<Map.Entry<String, JsonNode>> it = constraints.fields(); it.hasNext(); ) {
            final Map.Entry<String, JsonNode> entry = it.next();
            final String field = "constraints." + entry.getKey();
            if (!entry.getValue().isObject()) {
                throw new RuleFormatException(field + ": expected {kind: <node kind>} and/or {regex: <regular expression>}");
            }
            out.put(entry.getKey(), RulesJson.constraint(entry.getValue(), field));
        }
        return out;
    }

    private static String text(final JsonNode node, final String field) throws RuleFormatException {
        final JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new RuleFormatException(field + ": required, a non-empty string");
        }
        return value.asText();
    }

    /** The YAML parser, started only for files the plain reader leaves to it. */
    private static final class Yaml {
        static final YAMLMapper MAPPER = new YAMLMapper();
    }
}
