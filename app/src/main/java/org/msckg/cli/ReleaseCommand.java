package org.msckg.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.msckg.build.ProjectLayout;
import org.msckg.release.ReleaseOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code msckg release --out DIR}: the release files of the current dataset, docs/release.md. */
@Command(
        name = "release",
        description = "The release of the current dataset (building it first when the sources changed): msckg.owl,"
                + " msckg-base.owl with its imports, N-Quads, SSSOM mappings, KGX nodes and edges, VoID.")
public final class ReleaseCommand implements Callable<Integer> {
    @Mixin
    private ProjectFolder project;

    @Mixin
    private DataFolder data;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the folder to write the release into")
    private Path out;

    @Override
    public Integer call() {
        Optional<DatasetGraph> dataset = ExportCommand.currentDataset(project, data);
        if (dataset.isEmpty()) {
            return 1;
        }
        new ReleaseOperation(new ProjectLayout(project.home()))
                .write(dataset.get(), out)
                .forEach(f -> System.out.println(out.resolve(f)));
        return 0;
    }
}
