package org.msckg.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code msckg}: the product's commands. A new command is a class here in {@code cli} that parses its
 * options and calls an operation elsewhere, listed in {@code subcommands} and in the README.
 */
@Command(
        name = "msckg",
        description = "A knowledge graph of hPSC-derived mesenchymal stem cells: build it from the curated tables,"
                + " serve it, ask it. The benchmark's commands (msckg bench, msckg synth) are in the bench module.",
        subcommands = {
            BuildCommand.class,
            ServeCommand.class,
            ExplainCommand.class,
            ImportsCommand.class,
            ExportCommand.class,
            ReleaseCommand.class,
            HelpCommand.class
        })
public final class MsckgCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    /** Without a command, the list of commands. */
    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
