package org.msckg;

import java.util.Arrays;
import org.msckg.cli.BenchCommand;
import org.msckg.cli.BuildCommand;
import org.msckg.cli.CommandLine;
import org.msckg.cli.ServeCommand;
import org.msckg.cli.SynthCommand;
import org.msckg.cli.UsageException;

/** The msckg command: build the graph, serve it. */
public final class Main {
    private static final String USAGE = """
            usage: msckg <command> [options]
              build [--data DIR]                       build the graph from ontology/ into a TDB2 dataset
              serve [--port N] [--host H] [--data DIR] serve it (building first when sources changed)
              synth --factor N [--out DIR]             a project folder with the curated claims multiplied N times
              bench [--quick] [--factors 1,10,100]     benchmark build, start and queries against other engines;
                    [--seconds S]                      writes docs/benchmarks.md
            options:
              --data DIR   where datasets live (default: data/ in the project folder)
              --port N     port to listen on (default 7070; 0 picks a free one)
              --host H     address to bind (default 127.0.0.1)
              --project D  the project folder to build or serve (default: the msckg home)
              --cache N    serve: named-query results kept in memory per build (default 1000; 0: none)
              --store URL  build into / serve from a SPARQL 1.1 store (Graph Store Protocol PUT, SPARQL
                           queries) instead of data/; --store-gsp URL when its Graph Store endpoint differs
            """;

    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            System.out.print(USAGE);
            return;
        }
        try {
            CommandLine cl = CommandLine.parse(Arrays.copyOfRange(args, 1, args.length));
            int status = switch (args[0]) {
                case "build" -> new BuildCommand(cl).run();
                case "serve" -> new ServeCommand(cl).run();
                case "synth" -> new SynthCommand(cl).run();
                case "bench" -> new BenchCommand(cl).run();
                default -> throw new UsageException("unknown command '" + args[0] + "'");
            };
            if (status != 0) {
                System.exit(status);
            }
        } catch (UsageException e) {
            System.err.println("msckg: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        }
    }
}
