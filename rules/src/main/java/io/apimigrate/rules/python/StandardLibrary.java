package io.apimigrate.rules.python;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The top-level module names of the Python standard library (CPython 3.11's {@code sys.stdlib_module_names}). */
public final class StandardLibrary {

    private static final String RESOURCE = "stdlib-modules.txt";
    private static final Set<String> MODULES = load();

    private StandardLibrary() {
    }

    /** Whether {@code dotted} ({@code tkinter.Variable}, {@code os.path}) lies in a standard-library module. */
    public static boolean contains(final String dotted) {
        final int dot = dotted.indexOf('.');
        return MODULES.contains(dot < 0 ? dotted : dotted.substring(0, dot));
    }

    private static Set<String> load() {
        try (InputStream in = StandardLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            final Set<String> out = new HashSet<>();
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return Set.copyOf(out);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
