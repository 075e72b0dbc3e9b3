package io.apimigrate.cli.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts rewritten statements back into their file. A rewrite that starts with import lines its statement did not
 * have (the engine adds the imports a rule needs at the top of the snippet) has them moved to the file's
 * top-level imports, unless the file already has them.
 */
public final class FileRewrite {

    private static final Pattern IMPORT = Pattern.compile("(import|from)\\s+\\S.*");

    private FileRewrite() {
    }

    /**
     * One statement's new text.
     *
     * @param cut the statement
     * @param output the engine's output for it
     */
    public record Replacement(Cut cut, String output) {
    }

    /** The file's text with the replacements applied (they must not overlap). */
    public static String apply(final String text, final List<Replacement> replacements) {
        final List<Replacement> ordered = new ArrayList<>(replacements);
        ordered.sort(Comparator.comparingInt(r -> r.cut().start()));
        final Set<String> imports = new LinkedHashSet<>();
        final StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (final Replacement r : ordered) {
            final List<String> added = addedImports(r.cut().code(), r.output());
            imports.addAll(added);
            out.append(text, at, r.cut().start()).append(withoutLeadingLines(r.output(), added.size()));
            at = r.cut().end();
        }
        out.append(text, at, text.length());
        return imports.isEmpty() ? out.toString() : addImports(out.toString(), imports);
    }

    /** Leading import lines of the output that the statement does not start with. */
    static List<String> addedImports(final String code, final String output) {
        final List<String> added = new ArrayList<>();
        final String[] lines = output.split("\n", -1);
        for (final String line : lines) {
            if (!IMPORT.matcher(line).matches() || code.startsWith(line) || added.size() == lines.length - 1) {
                break;
            }
            added.add(line);
        }
        return added;
    }

    private static String withoutLeadingLines(final String output, final int count) {
        int at = 0;
        for (int i = 0; i < count; i++) {
            at = output.indexOf('\n', at) + 1;
        }
        return output.substring(at);
    }

    /** Inserts the imports the file lacks after its last top-level import line, or at its top. */
    static String addImports(final String text, final Set<String> imports) {
        final List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        final Set<String> present = new LinkedHashSet<>();
        int insertAt = 0;
        for (int i = 0; i < lines.size(); i++) {
            final String line = lines.get(i);
            if (IMPORT.matcher(line).matches()) {
                present.add(line.strip());
                insertAt = i + 1;
            } else if (insertAt == 0 && (line.startsWith("#!") || line.startsWith("# -*-"))) {
                insertAt = i + 1;
            }
        }
        final List<String> missing = imports.stream().filter(i -> !present.contains(i.strip())).toList();
        lines.addAll(insertAt, missing);
        return String.join("\n", lines);
    }
}
