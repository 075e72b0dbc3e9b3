package io.apimigrate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in this JVM, as {@code main} does, and captures its status and error output. */
record CliRun(int status, String err) {

    static CliRun of(final String... args) {
        final StringWriter err = new StringWriter();
        final PrintWriter writer = new PrintWriter(err);
        final int status = ApiMigrate.execute(args, writer);
        writer.flush();
        return new CliRun(status, err.toString());
    }
}
