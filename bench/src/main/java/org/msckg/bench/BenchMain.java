package org.msckg.bench;

import org.msckg.cli.CommandLines;
import org.msckg.synth.SynthCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The benchmark module's commands, run by {@code ./msckg bench} and {@code ./msckg synth}. */
@Command(
        name = "msckg",
        description = "The benchmark module's commands (the product's are in msckg.jar: ./msckg --help).",
        subcommands = {BenchCommand.class, SynthCommand.class})
public final class BenchMain implements Runnable {
    @Spec
    private CommandSpec spec;

    /** Without a command, the list of commands. */
    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        int status = CommandLines.of(new BenchMain()).execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }
}
