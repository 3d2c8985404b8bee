package org.msckg.cli;

import java.io.PrintWriter;
import org.msckg.store.DatasetStore;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The picocli set-up shared by the product's and the benchmark's commands: a usage error prints its
 * message, the command's synopsis and where to find help, and exits 2; a dataset held by another
 * process exits 1 with its message; other failures are left to the commands (see {@link Failures}).
 */
public final class CommandLines {
    private CommandLines() {}

    public static CommandLine of(Object command) {
        return configure(new CommandLine(command));
    }

    /** The set-up of {@link #of} for a command line whose subcommands are added already. */
    public static CommandLine configure(CommandLine commandLine) {
        addHelpOption(commandLine);
        return commandLine
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpWidth(100)
                .setParameterExceptionHandler(CommandLines::usageError)
                .setExecutionExceptionHandler((e, cl, parsed) -> {
                    if (e instanceof DatasetStore.StoreLockedException) {
                        cl.getErr().println("msckg: " + e.getMessage());
                        return 1;
                    }
                    throw e;
                });
    }

    /** {@code -h, --help} on every command that has no help option of its own (picocli's help command has). */
    private static void addHelpOption(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        if (spec.options().stream().noneMatch(OptionSpec::usageHelp)) {
            spec.addOption(OptionSpec.builder("-h", "--help")
                    .usageHelp(true)
                    .description("show this help")
                    .build());
        }
        command.getSubcommands().values().forEach(CommandLines::addHelpOption);
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.print(cl.getHelp().fullSynopsis());
        err.printf(
                "Try '%s --help' for more information.%n", cl.getCommandSpec().qualifiedName());
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** A usage error found after parsing, reported like one picocli found (exit 2). */
    public static ParameterException usageError(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
