package org.msckg.synth;

import java.nio.file.Path;
import org.msckg.build.ProjectLayout;
import org.msckg.cli.CommandLine;
import org.msckg.cli.UsageException;

/** {@code msckg synth --factor N [--out DIR]}: a project folder whose claims are the curated ones times N. */
public final class SynthCommand {
    private final CommandLine cl;

    public SynthCommand(CommandLine cl) {
        this.cl = cl;
    }

    public int run() {
        cl.allowOnly("factor", "out", "seed");
        int factor = cl.intOption("factor", 10);
        Path out = Path.of(
                cl.option("out", cl.home().resolve("target/synth-x" + factor).toString()));
        SyntheticProject.Summary s;
        try {
            s = new SyntheticProject(new ProjectLayout(cl.home()), factor, cl.intOption("seed", 1)).writeTo(out);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        System.out.printf(
                "synthetic project x%d in %s: %,d claim rows in %d tables, %,d review sentences%n"
                        + "build it with: ./msckg build --project %s%n",
                factor, s.root(), s.rows(), s.rowsPerTable().size(), s.reviewSentences(), s.root());
        return 0;
    }
}
