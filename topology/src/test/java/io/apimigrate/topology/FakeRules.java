package io.apimigrate.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apimigrate.rules.Decision;
import io.apimigrate.rules.Migrator;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.RuleHint;
import io.apimigrate.rules.Strategy;
import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleFormatException;
import io.apimigrate.rules.model.RuleKind;
import io.apimigrate.rules.model.RuleOrigin;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.topology.rulebook.RuleParser;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * A stand-in for the rule engine in topology tests: a rule's pattern is plain text, found by
 * substring search and replaced by its template; the rule's confidence routes the snippet.
 * Rule JSON is {@code {"id":..., "library":..., "pattern":..., "template":..., "confidence":...}}.
 */
public final class FakeRules {

    /** Code containing this makes the fake engine throw. */
    public static final String CRASH = "crash_the_engine()";

    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeRules() {
    }

    public static Wiring wiring(final RoutingThresholds thresholds, final Clock clock) {
        return new Wiring(rules -> engine(rules, thresholds), FakeRules::parse, clock);
    }

    static RuleParser parser() {
        return FakeRules::parse;
    }

    public static String json(final String id, final String library, final String pattern, final String template,
            final double confidence) {
        return JSON.createObjectNode().put("id", id).put("library", library).put("pattern", pattern)
                .put("template", template).put("confidence", confidence).toString();
    }

    /** A rule with the given facts; imports and evidence are left null, the fake engine ignores them. */
    static Rule rule(final String id, final String library, final String pattern, final String template,
            final double confidence) {
        return new Rule(id, library, "", "", pattern, template, RuleKind.RESTRUCTURE, pattern, template,
                null, null, confidence, 1, confidence, true, RuleOrigin.HAND_WRITTEN, List.of());
    }

    static Migrator engine(final RuleSet rules, final RoutingThresholds thresholds) {
        return code -> {
            if (code.contains(CRASH)) {
                throw new IllegalStateException("engine bug");
            }
            for (final Rule rule : rules.rules()) {
                if (code.contains(rule.pattern())) {
                    return decision(code, rule, thresholds.route(rule.confidence()));
                }
            }
            return Decision.unchanged(code);
        };
    }

    private static Decision decision(final String code, final Rule rule, final Strategy strategy) {
        final String rewritten = code.replace(rule.pattern(), rule.template());
        if (strategy == Strategy.DIRECT_RULE) {
            return new Decision(strategy, rule.confidence(), rewritten, List.of(rule.id()), List.of(), rule.library());
        }
        final RuleHint hint = new RuleHint(rule.id(), rule.library(), rule.oldApi(), rule.newApi(), rule.pattern(),
                rule.template(), rewritten, rule.confidence());
        return new Decision(strategy, rule.confidence(), code, List.of(rule.id()), List.of(hint), rule.library());
    }

    private static Rule parse(final String json) throws RuleFormatException {
        final JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (final IOException e) {
            throw new RuleFormatException("not valid JSON: " + e.getMessage(), e);
        }
        for (final String field : List.of("id", "pattern", "template")) {
            if (!node.path(field).isTextual() || node.path(field).asText().isEmpty()) {
                throw new RuleFormatException(field + ": missing");
            }
        }
        return rule(node.get("id").asText(), node.path("library").asText(""), node.get("pattern").asText(),
                node.get("template").asText(), node.path("confidence").asDouble(1.0));
    }
}
