package org.msckg.cli;

import org.msckg.build.ImportTaxonomyFile;
import org.msckg.build.ProjectLayout;
import org.semanticweb.HermiT.ReasonerFactory;

/** {@code msckg imports classify}: classify the import modules once and write their taxonomy. */
public final class ImportsCommand {
    private final CommandLine cl;

    public ImportsCommand(CommandLine cl) {
        this.cl = cl;
    }

    public int run() {
        cl.allowOnly();
        if (cl.positional().size() != 1 || !cl.positional().get(0).equals("classify")) {
            throw new UsageException("imports takes a subcommand: classify");
        }
        ProjectLayout layout = new ProjectLayout(cl.home());
        long start = System.nanoTime();
        long pairs = ImportTaxonomyFile.write(layout, new ReasonerFactory());
        System.out.printf("classified the imports with HermiT in %d ms: %d direct subclass pairs in %s%n",
                (System.nanoTime() - start) / 1_000_000, pairs, ImportTaxonomyFile.path(layout));
        return 0;
    }
}
