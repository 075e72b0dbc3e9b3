package io.apimigrate.rules.learn;

import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.python.Imports;
import io.apimigrate.rules.python.PythonLexer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What names stand for in the examples: what their imports bind each name to, where every example
 * that imports the name agrees ({@code np -> numpy}), and the module a rule's qualifier stands for
 * where the rule's own examples do not show it ({@code np.float(3)}).
 */
final class ModuleAliases {

    private ModuleAliases() {
    }

    /**
     * What the examples' imports bind names to: where they all agree ({@link #of}), and every module
     * any of them binds a name to ({@code tf} to {@code tensorflow} and {@code tensorflow.compat.v1}).
     */
    record Bindings(Map<String, String> agreed, Map<String, Set<String>> possible) {

        static Bindings of(final List<Example> examples) {
            final Map<String, Set<String>> possible = new HashMap<>();
            for (final Example example : examples) {
                Imports.scan(PythonLexer.lex(example.oldCode())).bindings().forEach((name, target) ->
                        possible.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(target));
            }
            return new Bindings(ModuleAliases.of(examples), possible);
        }
    }

    /** Each name the examples import, mapped to what they all bind it to; names they disagree on are left out. */
    static Map<String, String> of(final List<Example> examples) {
        final Map<String, String> agreed = new HashMap<>();
        final Set<String> disputed = new HashSet<>();
        for (final Example example : examples) {
            Imports.scan(PythonLexer.lex(example.oldCode())).bindings().forEach((name, target) -> {
                final String before = agreed.putIfAbsent(name, target);
                if (before != null && !before.equals(target)) {
                    disputed.add(name);
                }
            });
        }
        agreed.keySet().removeAll(disputed);
        return Map.copyOf(agreed);
    }

    /** What the rule's examples' imports bind {@code name} to, if they agree; empty otherwise. */
    static String bound(final String name, final List<Example> ruleExamples) {
        final Set<String> bindings = new LinkedHashSet<>();
        for (final Example example : ruleExamples) {
            Imports.scan(PythonLexer.lex(example.oldCode())).resolve(name).ifPresent(bindings::add);
        }
        return bindings.size() == 1 ? bindings.iterator().next() : "";
    }

    /**
     * The module a qualifier stands for ({@code paginator} for {@code django.core.paginator}): what
     * the rule's examples import it as, if they agree; where they do not import it, what all the
     * examples that import it agree on ({@code np} -> {@code numpy}), else the qualifier itself where
     * it is one of {@code libraries} ({@code torch}), else the one module the rule's examples name
     * that ends with it ({@code scipy.integrate} for {@code integrate}); empty when none does.
     */
    static String qualifierModule(final String qualifier, final List<Example> ruleExamples,
            final Map<String, String> aliases, final Set<String> libraries) {
        final Set<String> bindings = new LinkedHashSet<>();
        final Set<String> named = new LinkedHashSet<>();
        for (final Example example : ruleExamples) {
            final var imports = Imports.scan(PythonLexer.lex(example.oldCode()));
            imports.resolve(qualifier).ifPresent(bindings::add);
            for (final String module : imports.modules()) {
                if (module.equals(qualifier) || module.endsWith("." + qualifier)) {
                    named.add(module);
                }
            }
        }
        if (!bindings.isEmpty()) {
            return bindings.size() == 1 ? bindings.iterator().next() : "";
        }
        if (aliases.containsKey(qualifier)) {
            return aliases.get(qualifier);
        }
        if (libraries.contains(qualifier)) {
            return qualifier;
        }
        return named.size() == 1 ? named.iterator().next() : "";
    }
}
