package org.msckg;

import org.msckg.cli.CommandLines;
import org.msckg.cli.MsckgCommand;

/** The msckg command: build the graph, serve it ({@code msckg --help}). */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int status = CommandLines.of(new MsckgCommand()).execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }
}
