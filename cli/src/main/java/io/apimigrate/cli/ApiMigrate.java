package io.apimigrate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code bin/apimigrate}. */
@Command(
        name = "apimigrate",
        mixinStandardHelpOptions = true,
        version = "apimigrate 0.1.0",
        description = "Learns Python API migration rules from examples and applies them.",
        subcommands = {CommandLine.HelpCommand.class})
public final class ApiMigrate {

    public static void main(final String[] args) {
        System.exit(new CommandLine(new ApiMigrate()).execute(args));
    }
}
