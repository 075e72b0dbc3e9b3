package io.apimigrate.rules.bench;

import java.util.Random;

/** Names and argument lists of the kind data-science code uses, for synthetic snippets. */
final class Vocabulary {

    private static final String[] NAMES = {
        "x", "y", "data", "values", "frame", "arr", "weights", "labels", "batch", "result", "scores", "mask",
        "features", "counts", "rows", "table", "grid", "logits", "target", "params",
    };
    private static final String[] RECEIVERS = {
        "df", "model", "arr", "self.table", "layer", "series", "obj.data", "self.model", "est", "tensor",
    };
    private static final String[] VALUES = {"0", "1", "True", "False", "None", "0.5", "'mean'", "\"float32\"", "-1"};

    private Vocabulary() {
    }

    static String name(final Random random) {
        return NAMES[random.nextInt(NAMES.length)];
    }

    static String receiver(final Random random) {
        return RECEIVERS[random.nextInt(RECEIVERS.length)];
    }

    static String value(final Random random) {
        return VALUES[random.nextInt(VALUES.length)];
    }

    /** Zero to three arguments: names, literals, keywords, a nested call or a subscript. */
    static String arguments(final Random random) {
        final int count = random.nextInt(4);
        final StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(", ");
            }
            switch (random.nextInt(5)) {
                case 0 -> out.append(name(random));
                case 1 -> out.append(value(random));
                case 2 -> out.append("axis=").append(random.nextInt(3));
                case 3 -> out.append("len(").append(name(random)).append(')');
                default -> out.append(name(random)).append('[').append(random.nextInt(8)).append(']');
            }
        }
        return out.toString();
    }
}
