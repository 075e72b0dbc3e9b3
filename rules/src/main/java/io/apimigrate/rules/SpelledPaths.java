package io.apimigrate.rules;

import io.apimigrate.rules.match.CompiledRule;
import io.apimigrate.rules.python.ImportTable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module paths the rules spell below each leading name: {@code tf.compat.v1.placeholder} puts
 * {@code compat} and {@code compat.v1} below {@code tf}. A snippet that imports that name as the
 * module at such a path below its top-level package ({@code import tensorflow.compat.v1 as tf}) means
 * another module by it than the rules do: to them that module is a part of the name's.
 */
final class SpelledPaths {

    private static final Pattern DOTTED = Pattern.compile("(?<![\\w.$])([A-Za-z_]\\w*)((?:\\.[A-Za-z_]\\w*)+)");

    private final Map<String, Set<String>> below;
    /** The first names of each template's dotted names. */
    private final Map<String, List<String>> templateHeads;

    private SpelledPaths(final Map<String, Set<String>> below, final Map<String, List<String>> templateHeads) {
        this.below = below;
        this.templateHeads = templateHeads;
    }

    /** The paths the patterns and templates of the rules spell below their dotted names' first names. */
    static SpelledPaths of(final List<CompiledRule> rules) {
        final Map<String, Set<String>> below = new HashMap<>();
        final Map<String, List<String>> templateHeads = new HashMap<>();
        for (final CompiledRule rule : rules) {
            collect(rule.rule().pattern(), below);
            templateHeads.computeIfAbsent(rule.rule().template(), template -> List.copyOf(collect(template, below)));
        }
        return new SpelledPaths(below, templateHeads);
    }

    /** Adds the paths the text spells below each dotted name's first name; returns those first names. */
    private static Set<String> collect(final String text, final Map<String, Set<String>> below) {
        final Set<String> heads = new LinkedHashSet<>();
        final Matcher dotted = DOTTED.matcher(text);
        while (dotted.find()) {
            heads.add(dotted.group(1));
            final Set<String> paths = below.computeIfAbsent(dotted.group(1), k -> new HashSet<>());
            final String rest = dotted.group(2);
            for (int dot = rest.indexOf('.', 1); dot > 0; dot = rest.indexOf('.', dot + 1)) {
                paths.add(rest.substring(1, dot));
            }
            paths.add(rest.substring(1));
        }
        return heads;
    }

    /**
     * Whether a template names a qualifier that the snippet imports as a module the rules spell inside it
     * ({@code tf.compat.v1.data.make_one_shot_iterator($X)} under {@code import tensorflow.compat.v1 as tf}):
     * the rewrite would reach that module through itself.
     */
    boolean templateNamesInside(final String template, final Supplier<ImportTable> imports) {
        for (final String head : templateHeads.getOrDefault(template, List.of())) {
            final Optional<String> bound = imports.get().resolve(head);
            if (bound.isPresent() && spellsBelow(head, bound.get())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the rules spell {@code module}'s path below its top-level package under {@code name}
     * ({@code compat.v1} under {@code tf} for {@code tensorflow.compat.v1}), so that {@code name}
     * bound to {@code module} is not the name they were shown.
     */
    boolean spellsBelow(final String name, final String module) {
        final int dot = module.indexOf('.');
        final Set<String> paths = below.get(name);
        return dot > 0 && paths != null && paths.contains(module.substring(dot + 1));
    }
}
