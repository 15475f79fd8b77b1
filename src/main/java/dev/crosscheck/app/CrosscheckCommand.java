package dev.crosscheck.app;

import jakarta.enterprise.context.Dependent;
import picocli.CommandLine;

/** The command line of crosscheck. Running without a command serves HTTP. */
@Dependent
@CommandLine.Command(name = "crosscheck", mixinStandardHelpOptions = true, version = "crosscheck 1.0.0",
        description = "Fact-checking and claim-consistency service. Without a command, serves the HTTP API on port 8080.",
        subcommands = {CommandLine.HelpCommand.class})
public class CrosscheckCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
