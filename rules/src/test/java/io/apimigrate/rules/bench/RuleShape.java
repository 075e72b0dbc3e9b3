package io.apimigrate.rules.bench;

import io.apimigrate.rules.model.RuleKind;
import java.util.Random;

/**
 * The shapes of synthetic rules, modelled on real deprecations: a qualified call renamed
 * ({@code np.alltrue(...)}), a method renamed on any receiver ({@code df.iteritems()}), a keyword
 * renamed ({@code OneHotEncoder(sparse=...)}) and a qualified attribute renamed ({@code np.float}).
 * Each shape also writes a statement its rule matches, in a form ast-grep rewrites the same way.
 */
enum RuleShape {

    QUALIFIED_CALL(RuleKind.QUALIFIED_RENAME) {
        @Override
        String pattern(final int module, final int n) {
            return "mod" + module + ".func" + n + "($$$ARGS)";
        }

        @Override
        String template(final int module, final int n) {
            return "mod" + module + ".new_func" + n + "($$$ARGS)";
        }

        @Override
        String use(final int module, final int n, final Random random) {
            return target(random) + " = mod" + module + ".func" + n + "(" + Vocabulary.arguments(random) + ")";
        }
    },

    METHOD_CALL(RuleKind.METHOD_RENAME) {
        @Override
        String pattern(final int module, final int n) {
            return "$X.meth" + n + "($$$ARGS)";
        }

        @Override
        String template(final int module, final int n) {
            return "$X.new_meth" + n + "($$$ARGS)";
        }

        @Override
        String use(final int module, final int n, final Random random) {
            return target(random) + " = " + Vocabulary.receiver(random) + ".meth" + n + "("
                    + Vocabulary.arguments(random) + ")";
        }
    },

    KEYWORD(RuleKind.KEYWORD_RENAME) {
        @Override
        String pattern(final int module, final int n) {
            return "mod" + module + ".fn" + n + "($$$A, kw" + n + "=$V, $$$B)";
        }

        @Override
        String template(final int module, final int n) {
            return "mod" + module + ".fn" + n + "($$$A, new_kw" + n + "=$V, $$$B)";
        }

        /** A positional argument before and a keyword after: ast-grep needs both (see docs/benchmarks.md). */
        @Override
        String use(final int module, final int n, final Random random) {
            return target(random) + " = mod" + module + ".fn" + n + "(" + Vocabulary.name(random) + ", kw" + n + "="
                    + Vocabulary.value(random) + ", axis=" + random.nextInt(3) + ")";
        }
    },

    ATTRIBUTE(RuleKind.QUALIFIED_RENAME) {
        @Override
        String pattern(final int module, final int n) {
            return "mod" + module + ".Type" + n;
        }

        @Override
        String template(final int module, final int n) {
            return "mod" + module + ".NewType" + n;
        }

        @Override
        String use(final int module, final int n, final Random random) {
            return random.nextBoolean()
                    ? "dtype = mod" + module + ".Type" + n
                    : "ok = isinstance(" + Vocabulary.name(random) + ", mod" + module + ".Type" + n + ")";
        }
    };

    private final RuleKind kind;

    RuleShape(final RuleKind kind) {
        this.kind = kind;
    }

    RuleKind kind() {
        return kind;
    }

    /** The ast-grep pattern of rule {@code n} on module {@code module}. */
    abstract String pattern(int module, int n);

    /** The replacement of rule {@code n}. */
    abstract String template(int module, int n);

    /** One statement, on one line, that rule {@code n} matches exactly once. */
    abstract String use(int module, int n, Random random);

    private static String target(final Random random) {
        return Vocabulary.name(random) + "_" + random.nextInt(10);
    }
}
