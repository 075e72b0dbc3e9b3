package io.apimigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.learn.LearnOptions;
import io.apimigrate.rules.learn.Learner;
import io.apimigrate.rules.model.RulesJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan} on a temporary git repository through the in-process broker: the patch applies. */
class ScanCommandTest {

    @TempDir
    Path dir;

    @Test
    void thePatchOfAScanAppliesToTheRepository() throws Exception {
        assumeTrue(git(dir, "--version") == 0, "git is installed");
        final Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve("pkg"));
        Files.writeString(repo.resolve("pkg/stats.py"), """
                import numpy as np


                def scale(values):
                    total = np.float(sum(values))
                    return [v / total for v in values]
                """);
        Files.writeString(repo.resolve("main.py"), "print('nothing to migrate')\n");
        assertEquals(0, git(repo, "init", "-q"));
        final Path rules = dir.resolve("rules.json");
        RulesJson.write(new Learner(LearnOptions.DEFAULT).learn(List.of(
                new Example("a", "import numpy as np\nx = np.float(a)\n", "import numpy as np\nx = float(a)\n",
                        "numpy", "", "", "", "", "", ""),
                new Example("b", "import numpy as np\ny = np.float(b) + 1\n", "import numpy as np\ny = float(b) + 1\n",
                        "numpy", "", "", "", "", "", "")), n -> { }).rules(), rules);
        final Path patch = dir.resolve("out.patch");

        final CliRun run = CliRun.of("scan", repo.toString(), "--rules", rules.toString(), "--patch", patch.toString());

        assertEquals(0, run.status(), run.err());
        final String diff = Files.readString(patch);
        assertTrue(diff.contains("+    total = float(sum(values))"), diff);
        assertEquals(0, git(repo, "apply", "--check", patch.toString()), diff);
    }

    @Test
    void aStatementIsCheckedAgainstItsFilesImports() throws Exception {
        final Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        Files.writeString(repo.resolve("tf1.py"), "import tensorflow as tf\n\ny = tf.log(x)\n");
        Files.writeString(repo.resolve("compat.py"), "import tensorflow.compat.v1 as tf\n\ny = tf.log(x)\n");
        final Path rules = dir.resolve("rules.json");
        RulesJson.write(new Learner(LearnOptions.DEFAULT).learn(List.of(
                example("a", "x = tf.log(a)\n", "x = tf.math.log(a)\n"),
                example("b", "y = tf.log(b) + 1\n", "y = tf.math.log(b) + 1\n"),
                example("c", "p = tf.placeholder(tf.float32)\n", "p = tf.compat.v1.placeholder(tf.float32)\n"),
                example("d", "q = tf.placeholder(tf.int32, [None])\n", "q = tf.compat.v1.placeholder(tf.int32, [None])\n")),
                n -> { }).rules(), rules);
        final Path patch = dir.resolve("out.patch");

        final CliRun run = CliRun.of("scan", repo.toString(), "--rules", rules.toString(), "--patch", patch.toString());

        assertEquals(0, run.status(), run.err());
        final String diff = Files.readString(patch);
        assertTrue(diff.contains("+++ b/tf1.py") && diff.contains("+y = tf.math.log(x)"), diff);
        assertFalse(diff.contains("compat.py"), diff);
    }

    private static Example example(final String id, final String before, final String after) {
        return new Example(id, before, after, "tensorflow", "", "", "", "", "", "");
    }

    private static int git(final Path where, final String... args) throws IOException, InterruptedException {
        final List<String> command = new java.util.ArrayList<>(List.of("git", "-C", where.toString()));
        command.addAll(List.of(args));
        try {
            final Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor();
        } catch (final IOException e) {
            return -1;
        }
    }

    static String utf8(final byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
