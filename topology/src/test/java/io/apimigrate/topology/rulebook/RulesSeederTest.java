package io.apimigrate.topology.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apimigrate.rules.model.RuleFormatException;
import io.apimigrate.rules.model.RuleSet;
import io.apimigrate.rules.model.RulesJson;
import io.apimigrate.schemas.MigrationRule;
import io.apimigrate.schemas.serde.AvroSerde;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesSeederTest {

    private static final String RULES_JSON = """
            {"rules": [
              {"id": "np-float", "library": "numpy", "pattern": "np.float($X)", "template": "float($X)",
               "confidence": 0.97},
              {"id": "pd-iteritems", "library": "pandas", "pattern": "$X.iteritems()", "template": "$X.items()"}
            ]}
            """;

    @TempDir
    Path dir;
    private final MockProducer<String, MigrationRule> producer = new MockProducer<>(
            true, null, new StringSerializer(), AvroSerde.of(MigrationRule.class).serializer());

    @Test
    void shouldPublishEveryRuleOfRulesJsonKeyedById() throws Exception {
        final RuleSet rules = RulesJson.read(write(RULES_JSON));

        final int published = RulesSeeder.publish(rules, producer, "migration-rules");

        assertEquals(2, published);
        final List<ProducerRecord<String, MigrationRule>> sent = producer.history();
        assertEquals(List.of("np-float", "pd-iteritems"), sent.stream().map(ProducerRecord::key).toList());
        assertEquals("numpy", sent.get(0).value().getLibrary());
        assertEquals(rules.get("np-float").orElseThrow(), RulesJson.parseRule(sent.get(0).value().getRuleJson()));
    }

    @Test
    void shouldPublishTombstoneToDeleteRule() {
        RulesSeeder.delete("np-float", producer, "migration-rules");

        assertNull(producer.history().get(0).value());
    }

    @Test
    void shouldRefuseInvalidRulesJsonNamingRuleAndField() throws IOException {
        final Path file = write(RULES_JSON.replace("\"pattern\": \"$X.iteritems()\", ", ""));

        final RuleFormatException e = assertThrows(RuleFormatException.class,
                () -> RulesSeeder.publish(file, "127.0.0.1:1", "migration-rules"));

        assertTrue(e.getMessage().contains("rules[1]"), e.getMessage());
        assertTrue(e.getMessage().contains("pattern"), e.getMessage());
    }

    private Path write(final String json) throws IOException {
        final Path file = dir.resolve("rules.json");
        Files.writeString(file, json);
        return file;
    }
}
