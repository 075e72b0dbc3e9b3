package io.apimigrate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in this JVM, as {@code main} does, and captures its status and error output. */
record CliRun(int status, String err) {

    /** Runs as {@link #of} and also captures what the command printed to {@code System.err} itself, as fix does. */
    static CliRun withStderr(final String... args) {
        final java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
        final java.io.PrintStream saved = System.err;
        final CliRun run;
        System.setErr(new java.io.PrintStream(stderr, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            run = of(args);
        } finally {
            System.setErr(saved);
        }
        return new CliRun(run.status(), run.err() + stderr.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    static CliRun of(final String... args) {
        final StringWriter err = new StringWriter();
        final PrintWriter writer = new PrintWriter(err);
        final int status = ApiMigrate.execute(args, writer);
        writer.flush();
        return new CliRun(status, err.toString());
    }
}
