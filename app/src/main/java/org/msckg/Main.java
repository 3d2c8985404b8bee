package org.msckg;

import org.msckg.cli.MsckgCommand;

/** The msckg command: build the graph, serve it ({@code msckg --help}). */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int status = MsckgCommand.commandLineFor(args).execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }
}
