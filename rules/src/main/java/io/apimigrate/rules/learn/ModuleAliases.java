package io.apimigrate.rules.learn;

import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.python.Imports;
import io.apimigrate.rules.python.PythonLexer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;

/**
 * What the examples' imports bind each name to, where every example that imports the name agrees
 * ({@code np -> numpy}): the module a qualifier stands for in the examples that do not show their
 * imports ({@code np.float(3)}).
 */
final class ModuleAliases {

    private ModuleAliases() {
    }

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
}
