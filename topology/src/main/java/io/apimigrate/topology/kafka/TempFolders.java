package io.apimigrate.topology.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Temporary folders for broker logs and Streams state: created with a clear error, deleted without throwing. */
public final class TempFolders {

    private static final Logger LOG = LoggerFactory.getLogger(TempFolders.class);

    private TempFolders() {
    }

    /**
     * A new empty folder in the system's temporary folder whose name starts with {@code prefix}.
     *
     * @param purpose what the folder holds, for the error message
     * @throws UncheckedIOException when it cannot be created
     */
    public static Path create(final String prefix, final String purpose) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot create a temporary " + purpose + " folder: " + e.getMessage(), e);
        }
    }

    /** Deletes the folder and everything in it; what cannot be deleted is logged and left in place. */
    public static void deleteQuietly(final Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(final Path file, final BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(final Path folder, final IOException e) throws IOException {
                    Files.deleteIfExists(folder);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (final NoSuchFileException e) {
            LOG.debug("{} was already gone", dir);
        } catch (final IOException e) {
            LOG.warn("cannot delete {}: {}", dir, e.toString());
        }
    }
}
