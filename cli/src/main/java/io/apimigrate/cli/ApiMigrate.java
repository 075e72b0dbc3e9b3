package io.apimigrate.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code bin/apimigrate}. */
@Command(
        name = "apimigrate",
        mixinStandardHelpOptions = true,
        version = "apimigrate 0.1.0",
        description = "Learns Python API migration rules from examples and applies them.",
        subcommands = {CommandLine.HelpCommand.class, LearnCommand.class, RewriteCommand.class, EvalCommand.class,
            FixCommand.class, GenerateCommand.class, PipelineCommand.class, ScanCommand.class, SubmitCommand.class,
            CollectCommand.class})
public final class ApiMigrate {

    public static void main(final String[] args) {
        System.exit(execute(args, new PrintWriter(System.err, true)));
    }

    /**
     * Runs one command and returns its exit status. {@code fix} in its plain form skips picocli,
     * whose start-up would be an eighth of a small run ({@link FixCommand#plain}).
     */
    static int execute(final String[] args, final PrintWriter err) {
        final FixCommand fix = FixCommand.plain(args);
        if (fix == null) {
            final CommandLine cli = commandLine();
            cli.setErr(err);
            return cli.execute(args);
        }
        try {
            return fix.call();
        } catch (final Exception e) {
            return failure(e, err);
        }
    }

    /** The command line with its error handling: bad input is one line on stderr and exit status 2. */
    public static CommandLine commandLine() {
        final CommandLine cli = new CommandLine(new ApiMigrate());
        cli.setParameterExceptionHandler((e, args) -> {
            final String command = e.getCommandLine().getCommandName();
            final String where = "apimigrate".equals(command) ? "" : command + ": ";
            e.getCommandLine().getErr().println("apimigrate: " + where + e.getMessage()
                    + " (see 'apimigrate " + ("apimigrate".equals(command) ? "" : command + " ") + "--help')");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, commandLine.getErr()));
        return cli;
    }

    /** A command's failure: one line, and status 2 for bad input or 1 for anything else. */
    private static int failure(final Exception e, final PrintWriter err) {
        if (e instanceof UserInputException) {
            err.println("apimigrate: " + e.getMessage());
            return 2;
        }
        err.println("apimigrate: " + e);
        if (System.getenv("APIMIGRATE_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }
}
