package io.apimigrate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The top-level package a Python file belongs to: the outermost of the folders above it that hold an
 * {@code __init__.py} ({@code numpy} for {@code numpy-2.5.5/numpy/_core/tests/test_api.py}, whose
 * {@code tests} folder has none), or empty for a file outside any package. Each folder is looked at
 * once; safe to share between threads.
 */
final class TopLevelPackages {

    private final Map<Path, String> byFolder = new ConcurrentHashMap<>();

    String of(final Path file) {
        final Path folder = file.toAbsolutePath().normalize().getParent();
        return folder == null ? "" : ofFolder(folder);
    }

    private String ofFolder(final Path folder) {
        final String known = byFolder.get(folder);
        if (known != null) {
            return known;
        }
        final Path parent = folder.getParent();
        final String above = parent == null ? "" : ofFolder(parent);
        final String name = !above.isEmpty() || folder.getFileName() == null
                || !Files.isRegularFile(folder.resolve("__init__.py")) ? above : folder.getFileName().toString();
        byFolder.put(folder, name);
        return name;
    }
}
