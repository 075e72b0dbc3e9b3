package io.apimigrate.cli.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The Python files of a repository to scan: all of them, or those changed since a git revision. */
public final class RepoFiles {

    private static final long GIT_TIMEOUT_S = 60;

    private RepoFiles() {
    }

    /**
     * The {@code *.py} files, '/'-separated paths relative to the repository, sorted.
     *
     * @param since a revision: only files {@code git diff --name-only REV} lists (and that still exist)
     * @throws IllegalArgumentException when the folder does not exist or git fails (with git's message)
     */
    public static List<String> python(final Path repo, final Optional<String> since) {
        if (!Files.isDirectory(repo)) {
            throw new IllegalArgumentException("REPO " + repo + ": no such folder");
        }
        final List<String> out = new ArrayList<>();
        if (since.isPresent()) {
            for (final String name : git(repo, "diff", "--name-only", since.get(), "--")) {
                if (name.endsWith(".py") && Files.isRegularFile(repo.resolve(name))) {
                    out.add(name);
                }
            }
        } else {
            try (Stream<Path> walk = Files.walk(repo)) {
                walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                        .map(p -> repo.relativize(p).toString().replace('\\', '/'))
                        .filter(p -> !p.startsWith(".git/"))
                        .forEach(out::add);
            } catch (final IOException e) {
                throw new IllegalArgumentException("REPO " + repo + ": cannot list files: " + e.getMessage(), e);
            }
        }
        out.sort(null);
        return out;
    }

    /** Runs git in the repository and returns its output lines. */
    static List<String> git(final Path repo, final String... args) {
        final List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        try {
            final Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            final byte[] out;
            final byte[] err;
            try (InputStream stdout = process.getInputStream(); InputStream stderr = process.getErrorStream()) {
                out = stdout.readAllBytes();
                err = stderr.readAllBytes();
            }
            if (!process.waitFor(GIT_TIMEOUT_S, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalArgumentException(String.join(" ", command) + ": no answer in " + GIT_TIMEOUT_S + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalArgumentException(String.join(" ", args) + " failed in " + repo + ": "
                        + new String(err, StandardCharsets.UTF_8).strip());
            }
            return new String(out, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (final IOException e) {
            throw new IllegalArgumentException("cannot run git in " + repo + ": " + e.getMessage(), e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running git", e);
        }
    }
}
