package io.apimigrate.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.apimigrate.rules.MigrationEngine;
import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.Strategy;
import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.learn.LearnOptions;
import io.apimigrate.rules.learn.Learner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A learned rule that renames its callee answers directly only calls shaped like its examples'. */
class RenamedCalleeTest {

    private static final MigrationEngine RESIZE = engine(
            ex("a", "out = tf.image.resize_images(frame, [224, 224])", "out = tf.image.resize(frame, [224, 224])"),
            ex("b", "small = tf.image.resize_images(img, (h, w), method=m)", "small = tf.image.resize(img, (h, w), method=m)"),
            ex("c", "def prep(img, n):\n    return tf.image.resize_images(img, [n, n]) / 255.0",
                    "def prep(img, n):\n    return tf.image.resize(img, [n, n]) / 255.0"));

    private static final MigrationEngine ADAM = engine(
            ex("a", "opt = tf.train.AdamOptimizer(0.0002, beta1=0.5)", "opt = tf.keras.optimizers.Adam(0.0002, beta_1=0.5)"),
            ex("b", "opt = tf.train.AdamOptimizer(learning_rate=lr, beta1=0.9, epsilon=1e-8)",
                    "opt = tf.keras.optimizers.Adam(learning_rate=lr, beta_1=0.9, epsilon=1e-8)"));

    private static final MigrationEngine PLACEHOLDER = engine(
            ex("a", "x = tf.placeholder(tf.float32, [None, 784])", "x = tf.compat.v1.placeholder(tf.float32, [None, 784])"),
            ex("b", "y = tf.placeholder(tf.int64, shape=[None])", "y = tf.compat.v1.placeholder(tf.int64, shape=[None])"));

    private static MigrationEngine engine(final Example... examples) {
        return MigrationEngine.of(new Learner(LearnOptions.DEFAULT).learn(List.of(examples), n -> { }).rules(),
                new RoutingThresholds(0.5, 0.4));
    }

    private static Example ex(final String id, final String before, final String after) {
        final String imports = "import tensorflow as tf\n";
        return new Example(id, imports + before, imports + after, "tensorflow", "1", "2", "", "", "", "");
    }

    @Test
    void aRenamedCalleeWithTheKeywordsItsExamplesPassedIsRewrittenDirectly() {
        final var decision = RESIZE.migrate("import tensorflow as tf\nout = tf.image.resize_images(x, (2, 2), method=nearest)\n");
        assertEquals(Strategy.DIRECT_RULE, decision.strategy(), decision.output());
        assertEquals("import tensorflow as tf\nout = tf.image.resize(x, (2, 2), method=nearest)\n", decision.output());
    }

    @Test
    void aRenamedCalleeGivenAKeywordNoExamplePassedIsNoDirectAnswer() {
        final var decision = RESIZE.migrate(
                "import tensorflow as tf\nout = tf.image.resize_images(x, size=s, align_corners=True)\n");
        assertEquals(Strategy.RULE_GUIDED, decision.strategy(), decision.output());
    }

    @Test
    void aRenamedCalleeGivenMorePositionalArgumentsThanAnyExampleIsNoDirectAnswer() {
        final var decision = RESIZE.migrate(
                "import tensorflow as tf\nout = tf.image.resize_images(x, size, method, align_corners)\n");
        assertEquals(Strategy.RULE_GUIDED, decision.strategy(), decision.output());
    }

    @Test
    void aRenamedQualifiedCalleeGivenMorePositionalArgumentsThanAnyExampleIsNoDirectAnswer() {
        final MigrationEngine engine = engine(
                ex("a", "s = tf.multinomial(logits, 1)", "s = tf.random.categorical(logits, 1)"),
                ex("b", "draws = tf.multinomial(scores, n)", "draws = tf.random.categorical(scores, n)"));
        assertEquals(Strategy.DIRECT_RULE, engine.migrate("import tensorflow as tf\nk = tf.multinomial(l, 5)\n").strategy());
        final var decision = engine.migrate("import tensorflow as tf\nk = tf.multinomial(l, 5, seed)\n");
        assertEquals(Strategy.RULE_GUIDED, decision.strategy(), decision.output());
    }

    @Test
    void aRenamedCallCarryingAKeywordNoExamplePassedIsNoDirectAnswer() {
        final var decision = ADAM.migrate(
                "import tensorflow as tf\nopt = tf.train.AdamOptimizer(lr, beta1=0.9, use_locking=False)\n");
        assertEquals(Strategy.RULE_GUIDED, decision.strategy(), decision.output());
    }

    @Test
    void aKeywordPassedToTheNewCalleeInAnyExampleCounts() {
        final MigrationEngine engine = engine(
                ex("a", "out = tf.image.resize_images(frame, [224, 224])", "out = tf.image.resize(frame, [224, 224])"),
                ex("b", "small = tf.image.resize_images(img, (h, w))", "small = tf.image.resize(img, (h, w))"),
                ex("c", "big = tf.image.resize(img, (h, w), antialias=True)", "big = tf.image.resize(img, (h, w), antialias=True)"));
        final var decision = engine.migrate("import tensorflow as tf\nout = tf.image.resize_images(x, (2, 2), antialias=True)\n");
        assertEquals(Strategy.DIRECT_RULE, decision.strategy(), decision.output());
    }

    @Test
    void keywordsOfACallInsideTheArgumentsAreNotTheCallees() {
        final var decision = RESIZE.migrate("import tensorflow as tf\nout = tf.image.resize_images(load(p, mode=m), (2, 2))\n");
        assertEquals(Strategy.DIRECT_RULE, decision.strategy(), decision.output());
    }

    @Test
    void aCalleeThatLeavesItsLeadingWordToAModuleKeepsItsKeywords() {
        final MigrationEngine engine = engine(
                ex("a", "z = tf.random_normal([n, 4])", "z = tf.random.normal([n, 4])"),
                ex("b", "w = tf.random_normal((3, 3), stddev=0.1)", "w = tf.random.normal((3, 3), stddev=0.1)"));
        final var decision = engine.migrate("import tensorflow as tf\nv = tf.random_normal(shape=s, seed=7)\n");
        assertEquals(Strategy.DIRECT_RULE, decision.strategy(), decision.output());
    }

    @Test
    void aCalleeThatGainsATrailingUnderscoreKeepsItsKeywords() {
        final MigrationEngine engine = engine(
                ex("a", "init.kaiming_normal(w)", "init.kaiming_normal_(w)"),
                ex("b", "def reset(self):\n    init.kaiming_normal(self.weight)", "def reset(self):\n    init.kaiming_normal_(self.weight)"));
        final var decision = engine.migrate("import tensorflow as tf\ninit.kaiming_normal(m.weight, mode=\"fan_out\")\n");
        assertEquals(Strategy.DIRECT_RULE, decision.strategy(), decision.output());
    }

    @Test
    void aRenamedCalleeGivenUnpackedArgumentsIsNoDirectAnswer() {
        final var decision = RESIZE.migrate("import tensorflow as tf\nout = tf.image.resize_images(*args, **options)\n");
        assertEquals(Strategy.RULE_GUIDED, decision.strategy(), decision.output());
    }

    @Test
    void aCallWrappedInAnAssignmentIsNoRenamedCallee() {
        final MigrationEngine engine = engine(
                ex("a", "df.drop([\"a\"], axis=1, inplace=True)", "df = df.drop([\"a\"], axis=1)"),
                ex("b", "frame.drop(columns=cols, inplace=True)", "frame = frame.drop(columns=cols)"));
        final var decision = engine.migrate("import tensorflow as tf\nx.drop([\"a\"], axis=1, **kwargs, inplace=True)\n");
        assertEquals(Strategy.DIRECT_RULE, decision.strategy(), decision.output());
    }

    @Test
    void aCalleeMovedToAnotherModuleUnderItsOwnNameKeepsItsKeywords() {
        final var decision = PLACEHOLDER.migrate("import tensorflow as tf\nz = tf.placeholder(tf.bool, name=\"flag\")\n");
        assertEquals(Strategy.DIRECT_RULE, decision.strategy(), decision.output());
    }
}
