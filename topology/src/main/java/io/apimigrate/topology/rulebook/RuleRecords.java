package io.apimigrate.topology.rulebook;

import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.model.RuleFormatException;
import io.apimigrate.rules.model.RulesJson;
import io.apimigrate.schemas.MigrationRule;

/** Converts between engine rules and the {@code MigrationRule} records of the rule topic. */
public final class RuleRecords {

    private RuleRecords() {
    }

    /** The record of a rule: its rules.json object plus readable copies of a few fields. */
    public static MigrationRule toRecord(final Rule rule) {
        return MigrationRule.newBuilder()
                .setId(rule.id())
                .setLibrary(nonNull(rule.library()))
                .setOldApi(nonNull(rule.oldApi()))
                .setNewApi(nonNull(rule.newApi()))
                .setConfidence(rule.confidence())
                .setRuleJson(RulesJson.toJson(rule))
                .build();
    }

    /**
     * The validated rule a record carries under {@code key}.
     *
     * @throws RuleFormatException when the rule JSON is invalid or its id is not the key
     */
    public static Rule fromRecord(final String key, final MigrationRule record, final RuleParser parser)
            throws RuleFormatException {
        if (!record.getId().equals(key)) {
            throw new RuleFormatException("record key '" + key + "' differs from rule id '" + record.getId() + "'");
        }
        final Rule rule = parser.parse(record.getRuleJson());
        if (!rule.id().equals(key)) {
            throw new RuleFormatException("record key '" + key + "' differs from the id '" + rule.id()
                    + "' inside rule_json");
        }
        return rule;
    }

    private static String nonNull(final String s) {
        return s == null ? "" : s;
    }
}
