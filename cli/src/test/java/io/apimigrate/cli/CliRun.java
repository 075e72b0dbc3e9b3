package io.apimigrate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in this JVM and captures its status and error output. */
record CliRun(int status, String err) {

    static CliRun of(final String... args) {
        final StringWriter err = new StringWriter();
        final CommandLine cli = ApiMigrate.commandLine();
        cli.setErr(new PrintWriter(err));
        final int status = cli.execute(args);
        return new CliRun(status, err.toString());
    }
}
