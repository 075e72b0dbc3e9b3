package io.apimigrate.topology.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM of its own (-Xmx512m, the bench's class path) that hosts one kind of application of the
 * throughput bench, round after round ({@link BenchApps#main}), so that it warms up as the bench's
 * own JVM does.
 */
final class ChildApp implements AutoCloseable {

    private static final String HEAP = "-Xmx512m";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final BufferedReader replies;
    private final PrintStream commands;

    private ChildApp(final Process process) {
        this.process = process;
        this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** Starts the JVM; it hosts no application yet. */
    static ChildApp launch(final String bootstrap, final int rules) throws IOException {
        final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ChildApp(new ProcessBuilder(List.of(java, HEAP, "-cp", System.getProperty("java.class.path"),
                BenchApps.class.getName(), bootstrap, Integer.toString(rules)))
                .redirectError(Redirect.INHERIT)
                .start());
    }

    /** Starts an application on the topics of {@code prefix} and returns once it runs. */
    ThroughputBench.App start(final BenchApps.Kind kind, final String prefix) throws IOException {
        ask("start " + kind.name() + " " + prefix, BenchApps.READY, kind.label);
        return new ThroughputBench.App() {
            @Override
            public long cpuNanos() {
                return process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
            }

            @Override
            public void close() {
                try {
                    ask("stop", BenchApps.STOPPED, kind.label);
                } catch (final IOException e) {
                    throw new IllegalStateException("stopping " + kind.label, e);
                }
            }
        };
    }

    private void ask(final String command, final String expected, final String label) throws IOException {
        commands.println(command);
        final String reply = replies.readLine();
        if (!expected.equals(reply)) {
            throw new IllegalStateException(label + " in its own JVM: '" + command + "' answered '" + reply + "'"
                    + (process.isAlive() ? "" : " (exit " + process.exitValue() + ")"));
        }
    }

    @Override
    public void close() {
        commands.close();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (final InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
