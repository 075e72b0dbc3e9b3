package io.apimigrate.rules.metrics;

import java.util.HashSet;
import java.util.Set;

/**
 * The per-case test behind key_api_accuracy (contracts.md section 4). With added =
 * names(expected) - names(input) and removed = names(input) - names(expected), an output is right
 * when it holds every added name and none of the removed ones; when both sets are empty it is right
 * only as an exact match after {@link Normalization#normalize}.
 */
public final class KeyApi {

    private KeyApi() {
    }

    /** Whether {@code output} makes the API change that {@code input} to {@code expected} makes. */
    public static boolean isCorrect(final String input, final String expected, final String output) {
        final Set<String> before = PythonNames.names(input);
        final Set<String> after = PythonNames.names(expected);
        final Set<String> added = difference(after, before);
        final Set<String> removed = difference(before, after);
        if (added.isEmpty() && removed.isEmpty()) {
            return Normalization.normalize(output).equals(Normalization.normalize(expected));
        }
        final Set<String> produced = PythonNames.names(output);
        return produced.containsAll(added) && removed.stream().noneMatch(produced::contains);
    }

    private static Set<String> difference(final Set<String> a, final Set<String> b) {
        final Set<String> result = new HashSet<>(a);
        result.removeAll(b);
        return result;
    }
}
