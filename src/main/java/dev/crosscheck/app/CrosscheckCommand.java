package dev.crosscheck.app;

import dev.crosscheck.shared.cli.BaseCommand;
import dev.crosscheck.shared.cli.ExitCodes;
import dev.crosscheck.validation.cli.ValidateCommand;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import picocli.CommandLine;

import java.io.PrintWriter;

/** The command line of crosscheck. Running without a command serves HTTP. */
@Dependent
@Unremovable
@CommandLine.Command(name = "crosscheck", mixinStandardHelpOptions = true, version = "crosscheck 1.0.0",
        description = "Fact-checking and claim-consistency service. Without a command (or with 'serve'), serves the HTTP API "
                + "on port 8080.",
        subcommands = {ValidateCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:validation failures (see 'validate --help')", "2:usage or I/O error"})
public class CrosscheckCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The command line as the application runs it: bad options and anything a command lets escape
     * become exit status 2 with one line on stderr, as {@link BaseCommand} does inside commands.
     */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cl = new CommandLine(CrosscheckCommand.class, factory);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("crosscheck: " + BaseCommand.message(ex));
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return ExitCodes.USAGE_OR_IO;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("crosscheck: internal error: " + BaseCommand.message(ex));
            commandLine.getErr().flush();
            return ExitCodes.USAGE_OR_IO;
        });
        return cl;
    }
}
