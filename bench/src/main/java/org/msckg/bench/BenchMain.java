package org.msckg.bench;

import java.util.Arrays;
import org.msckg.cli.CommandLine;
import org.msckg.cli.UsageException;
import org.msckg.synth.SynthCommand;

/** The benchmark module's commands, run by {@code ./msckg bench} and {@code ./msckg synth}. */
public final class BenchMain {
    private static final String USAGE = """
            usage: msckg bench|synth [options]
              synth --factor N [--out DIR] [--seed S]  a project folder with the curated claims multiplied N times
              bench [--quick] [--factors 1,10,100,1000] benchmark build, start and queries against other engines;
                    [--seconds S]                      writes docs/benchmarks.md
            """;

    private BenchMain() {}

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("--help")) {
            System.out.print(USAGE);
            return;
        }
        try {
            CommandLine cl = CommandLine.parse(Arrays.copyOfRange(args, 1, args.length));
            int status = switch (args[0]) {
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
