package io.apimigrate.rules;

import io.apimigrate.rules.match.CompiledRule;
import io.apimigrate.rules.model.Evidence;

/**
 * Code inside the package a learned rule migrates: NumPy's own tests check that {@code np.array(a,
 * copy=False)} raises where a copy is needed, scikit-learn's that {@code LogisticRegression(penalty=None)}
 * still works, pandas' own code keeps what it deprecates for its users. A library keeps and tests its
 * deprecated API until it removes it, so a rewrite there is no migration: it changes what the library
 * does or tests. Its users' code, and other packages that bundle a module of the same name
 * ({@code jax.numpy}), are not the package.
 */
final class OwnLibrary {

    private OwnLibrary() {
    }

    /** Whether {@code topLevelPackage} is a package the rule's examples import; false for an empty name. */
    static boolean is(final CompiledRule rule, final String topLevelPackage) {
        if (topLevelPackage.isEmpty()) {
            return false;
        }
        final Evidence evidence = rule.rule().evidence();
        return evidence.modules().stream().anyMatch(module -> root(module).equals(topLevelPackage))
                || root(evidence.headModule()).equals(topLevelPackage);
    }

    /** The first part of a dotted name: its top-level package. */
    static String root(final String dotted) {
        final int dot = dotted.indexOf('.');
        return dot < 0 ? dotted : dotted.substring(0, dot);
    }
}
