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
 * substring search and replaced by its template; the first matching rule's confidence routes
 * the snippet, and every matching rule becomes a hint.
 * Rule JSON is {@code {"id":..., "library":..., "pattern":..., "template":..., "confidence":...}}.
 */
public final class FakeRules {

    /** Code containing this makes the fake engine throw. */
    public static final String CRASH = "crash_the_engine()";
    /** Code containing this gets a direct answer without migrated code, which no result can carry. */
    public static final String NO_OUTPUT = "answer_without_output()";

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
                null, null, null, confidence, 1, confidence, true, RuleOrigin.HAND_WRITTEN, List.of());
    }

    static Migrator engine(final RuleSet rules, final RoutingThresholds thresholds) {
        return code -> {
            if (code.contains(CRASH)) {
                throw new IllegalStateException("engine bug");
            }
            if (code.contains(NO_OUTPUT)) {
                return new Decision(Strategy.DIRECT_RULE, 0.99, null, List.of(), List.of(), "");
            }
            final List<Rule> matching = rules.rules().stream().filter(r -> code.contains(r.pattern())).toList();
            if (matching.isEmpty()) {
                return Decision.unchanged(code);
            }
            final Rule best = matching.get(0);
            final Strategy strategy = thresholds.route(best.confidence());
            if (strategy == Strategy.DIRECT_RULE) {
                return new Decision(strategy, best.confidence(), code.replace(best.pattern(), best.template()),
                        List.of(best.id()), List.of(), best.library());
            }
            final List<RuleHint> hints = matching.stream().map(rule -> new RuleHint(rule.id(), rule.library(),
                    rule.oldApi(), rule.newApi(), rule.pattern(), rule.template(),
                    code.replace(rule.pattern(), rule.template()), rule.confidence())).toList();
            return new Decision(strategy, best.confidence(), code, hints.stream().map(RuleHint::ruleId).toList(),
                    hints, best.library());
        };
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
