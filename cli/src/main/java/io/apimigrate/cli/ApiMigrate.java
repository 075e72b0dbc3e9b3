package io.apimigrate.cli;

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
        System.exit(commandLine().execute(args));
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
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserInputException) {
                commandLine.getErr().println("apimigrate: " + e.getMessage());
                return 2;
            }
            commandLine.getErr().println("apimigrate: " + e);
            if (System.getenv("APIMIGRATE_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cli;
    }
}
