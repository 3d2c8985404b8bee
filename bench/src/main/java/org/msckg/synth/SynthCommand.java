package org.msckg.synth;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.msckg.build.ProjectLayout;
import org.msckg.cli.CommandLines;
import org.msckg.cli.ProjectFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code msckg synth --factor N [--out DIR] [--seed S]}: a project folder whose claims are the curated ones times N. */
@Command(
        name = "synth",
        description = "Write a project folder whose claims are the curated ones multiplied N times, for scaling"
                + " measurements (build it with ./msckg build --project DIR).")
public final class SynthCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectFolder project;

    @Option(names = "--factor", paramLabel = "N", description = "how many times (default ${DEFAULT-VALUE})")
    private int factor = 10;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write it (default: target/synth-xN)")
    private Path out;

    @Option(
            names = "--seed",
            paramLabel = "S",
            description = "seed for shuffling each copy's terms and evidence words; the same seed"
                    + " gives the same project (default ${DEFAULT-VALUE})")
    private int seed = 1;

    @Override
    public Integer call() {
        Path home = project.home();
        Path target = out != null ? out : home.resolve("target/synth-x" + factor);
        SyntheticProject.Summary s;
        try {
            s = new SyntheticProject(new ProjectLayout(home), factor, seed).writeTo(target);
        } catch (IllegalArgumentException e) {
            throw CommandLines.usageError(spec, e.getMessage());
        }
        System.out.printf(
                "synthetic project x%d in %s: %,d claim rows in %d tables, %,d review sentences%n"
                        + "build it with: ./msckg build --project %s%n",
                factor, s.root(), s.rows(), s.rowsPerTable().size(), s.reviewSentences(), s.root());
        return 0;
    }
}
