package io.apimigrate.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which {@code fix} command lines skip picocli: only the plain form; everything else is picocli's to parse. */
class FixPlainArgumentsTest {

    @Test
    void rulesThenPathsIsPlain() {
        assertNotNull(FixCommand.plain(new String[] {"fix", "--rules", "r.yml", "src", "lib"}));
    }

    @Test
    void diffAndPathsInAnyOrderArePlain() {
        assertNotNull(FixCommand.plain(new String[] {"fix", "src", "--diff", "--rules", "rules"}));
    }

    @Test
    void helpIsLeftToPicocli() {
        assertNull(FixCommand.plain(new String[] {"fix", "--rules", "r.yml", "--help", "src"}));
    }

    @Test
    void thresholdsAreLeftToPicocli() {
        assertNull(FixCommand.plain(new String[] {"fix", "--rules", "r.yml", "--direct-threshold", "0.9", "src"}));
    }

    @Test
    void attachedOptionValuesAreLeftToPicocli() {
        assertNull(FixCommand.plain(new String[] {"fix", "--rules=r.yml", "src", "lib"}));
    }

    @Test
    void aMissingPathIsLeftToPicocliToReport() {
        assertNull(FixCommand.plain(new String[] {"fix", "--rules", "r.yml", "--diff"}));
    }

    @Test
    void aRepeatedOptionIsLeftToPicocliToReport() {
        assertNull(FixCommand.plain(new String[] {"fix", "--rules", "a.yml", "--rules", "b.yml", "src"}));
    }

    @Test
    void otherCommandsAreLeftToPicocli() {
        assertNull(FixCommand.plain(new String[] {"rewrite", "--rules", "r.json", "--input", "in.jsonl"}));
    }
}
