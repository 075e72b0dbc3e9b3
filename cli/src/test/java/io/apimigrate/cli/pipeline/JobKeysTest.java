package io.apimigrate.cli.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JobKeysTest {

    @Test
    void aKeyRoundTripsToItsIdEvenWhenTheIdHasSlashes() {
        final JobKeys keys = new JobKeys("job-1");
        assertEquals("a/b:3", keys.id(keys.key("a/b:3")));
    }

    @Test
    void anotherJobsKeyIsNotOwned() {
        assertFalse(new JobKeys("job-1").owns("job-10/x"));
    }

    @Test
    void aJobIdWithASlashIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new JobKeys("a/b"));
    }
}
