package org.msckg.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code msckg}: the product's commands. A new command is a class here in {@code cli} that parses its
 * options and calls an operation elsewhere, listed in {@link #COMMANDS} and in the README.
 */
@Command(
        name = "msckg",
        description = "A knowledge graph of hPSC-derived mesenchymal stem cells: build it from the curated tables,"
                + " serve it, ask it. The benchmark's commands (msckg bench, msckg synth) are in the bench module.")
public final class MsckgCommand implements Runnable {
    /** The commands, in the order of the help. */
    private static final List<Class<?>> COMMANDS = List.of(
            BuildCommand.class,
            ServeCommand.class,
            ExplainCommand.class,
            ImportsCommand.class,
            ExportCommand.class,
            ReleaseCommand.class,
            HelpCommand.class);

    @Spec
    private CommandSpec spec;

    /** Without a command, the list of commands. */
    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The command line with every command. */
    public static CommandLine commandLine() {
        return commandLine(COMMANDS);
    }

    /**
     * The command line that runs {@code args}. When they start with a command's name it holds that
     * command alone: picocli reads a command's options by reflection when it is added, and the other
     * five took 0.05 s of each {@code msckg serve} (docs/benchmarks.md). Otherwise it holds all of
     * them, for the list of commands, {@code help} and the suggestions for a misspelt command.
     */
    public static CommandLine commandLineFor(String[] args) {
        return COMMANDS.stream()
                .filter(c -> c != HelpCommand.class
                        && args.length > 0
                        && c.getAnnotation(Command.class).name().equals(args[0]))
                .findFirst()
                .map(c -> commandLine(List.of(c)))
                .orElseGet(MsckgCommand::commandLine);
    }

    private static CommandLine commandLine(List<Class<?>> commands) {
        CommandLine commandLine = new CommandLine(new MsckgCommand());
        commands.forEach(commandLine::addSubcommand);
        return CommandLines.configure(commandLine);
    }
}
