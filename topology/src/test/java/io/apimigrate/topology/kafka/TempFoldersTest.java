package io.apimigrate.topology.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TempFoldersTest {

    @Test
    void createsAnEmptyFolderNamedAfterThePrefix() throws IOException {
        final Path dir = TempFolders.create("tempfolders-test-", "test");
        try (var entries = Files.list(dir)) {
            assertTrue(dir.getFileName().toString().startsWith("tempfolders-test-"), dir::toString);
            assertEquals(0, entries.count());
        } finally {
            TempFolders.deleteQuietly(dir);
        }
    }

    @Test
    void deletesTheFolderWithEverythingInIt() throws IOException {
        final Path dir = TempFolders.create("tempfolders-test-", "test");
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/file"), "x");
        Files.writeString(dir.resolve("top"), "y");

        TempFolders.deleteQuietly(dir);

        assertFalse(Files.exists(dir));
    }

    @Test
    void aFolderAlreadyGoneIsNoError() {
        final Path dir = TempFolders.create("tempfolders-test-", "test");
        TempFolders.deleteQuietly(dir);

        TempFolders.deleteQuietly(dir);

        assertFalse(Files.exists(dir));
    }
}
