package io.apimigrate.rules.bench;

import java.util.Random;

/**
 * Statements that no synthetic rule matches yet look like the code around deprecated calls: calls
 * on the same modules and receivers under other names, loops, comprehensions, strings, comments.
 */
final class FillerCode {

    private FillerCode() {
    }

    /** One or two lines (a block header and its body); {@code modules} bounds the module numbers used. */
    static String statement(final Random random, final int modules, final String indent) {
        final String a = Vocabulary.name(random);
        final String b = Vocabulary.name(random);
        final int module = random.nextInt(modules);
        final int j = random.nextInt(50);
        return switch (random.nextInt(12)) {
            case 0 -> indent + a + " = mod" + module + ".compute_" + j + "(" + Vocabulary.arguments(random) + ")";
            case 1 -> indent + a + " = " + Vocabulary.receiver(random) + ".process_" + j + "("
                    + Vocabulary.arguments(random) + ")";
            case 2 -> indent + a + " = [v * " + j + " for v in " + b + " if v > " + Vocabulary.value(random) + "]";
            case 3 -> indent + "for i, item in enumerate(" + a + "):\n" + indent + "    " + b + "[i] = item + " + j;
            case 4 -> indent + "if " + a + " is not None and len(" + a + ") > " + j + ":\n" + indent + "    return "
                    + Vocabulary.receiver(random) + ".helper_" + j + "(" + a + ")";
            case 5 -> indent + "logger.info(\"processed %d rows of " + a + "\", len(" + b + "))";
            case 6 -> indent + a + " = mod" + module + ".zeros((" + j + ", " + (j + 1) + "), dtype=mod" + module
                    + ".float32)";
            case 7 -> indent + "# convert " + a + " before the next step";
            case 8 -> indent + "with open(path_" + j + ") as fh:\n" + indent + "    " + a + " = fh.read()";
            case 9 -> indent + a + "[\"" + b + "\"] = " + Vocabulary.receiver(random) + ".get(\"" + b + "\", "
                    + Vocabulary.value(random) + ")";
            case 10 -> indent + "assert " + a + ".shape == " + b + ".shape, f\"bad shape {" + a + ".shape}\"";
            default -> indent + a + " += mod" + module + ".helper_" + j + "(" + b + ", key=" + Vocabulary.value(random)
                    + ")";
        };
    }
}
