package io.apimigrate.rules.examples;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written to a temporary sibling and renamed over its target by {@link #commit()}, so
 * readers see either the old file or the complete new one. Closing without a commit deletes the
 * temporary file and leaves the target untouched:
 * <pre>{@code
 * try (AtomicFile out = AtomicFile.create(target)) {
 *     out.stream().write(bytes);
 *     out.commit();
 * }
 * }</pre>
 */
public final class AtomicFile implements Closeable {

    private final Path target;
    private final Path temp;
    private final FileOutputStream file;
    private final OutputStream stream;
    private boolean done;

    private AtomicFile(final Path target, final Path temp) throws IOException {
        this.target = target;
        this.temp = temp;
        this.file = new FileOutputStream(temp.toFile());
        this.stream = new BufferedOutputStream(file, 1 << 16);
    }

    /** Starts writing {@code target}, creating its folder if needed. */
    public static AtomicFile create(final Path target) throws IOException {
        final Path absolute = target.toAbsolutePath();
        final Path folder = absolute.getParent();
        Files.createDirectories(folder);
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + ": is a folder, cannot write a file there");
        }
        final Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        try {
            return new AtomicFile(absolute, temp);
        } catch (final IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * Temporary files are private (rw-------); the result takes the permissions of the file it
     * replaces, or the usual rw-r--r-- for a new file.
     */
    private void keepPermissions() throws IOException {
        try {
            Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (final UnsupportedOperationException e) {
            // no POSIX permissions on this file system: the default ones stand
        }
    }

    /** Where to write the content; valid until {@link #commit()} or {@link #close()}. */
    public OutputStream stream() {
        return stream;
    }

    /** Flushes the content to disk and renames it over the target. */
    public void commit() throws IOException {
        if (done) {
            throw new IllegalStateException(target + ": already committed or closed");
        }
        stream.flush();
        file.getChannel().force(true);
        stream.close();
        done = true;
        keepPermissions();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (final AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Discards the content unless {@link #commit()} succeeded. */
    @Override
    public void close() throws IOException {
        if (!done) {
            done = true;
            try {
                stream.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
