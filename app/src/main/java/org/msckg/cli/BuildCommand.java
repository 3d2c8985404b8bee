package org.msckg.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.msckg.build.ProjectLayout;
import org.msckg.store.DatasetStore;
import org.msckg.store.RemoteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code msckg build}: sources to a new current TDB2 dataset, or a clear error and the old one kept. */
@Command(
        name = "build",
        description = "Build the graph from the curated tables under ontology/ into a new reasoned TDB2 dataset"
                + " under data/ (or into a SPARQL store); a failed build keeps the previous dataset.")
public final class BuildCommand implements Callable<Integer> {
    @Mixin
    private ProjectFolder project;

    @Mixin
    private DataFolder data;

    @Mixin
    private StoreOptions storeOptions;

    @Override
    public Integer call() {
        ProjectLayout layout = new ProjectLayout(project.home());
        Optional<RemoteStore> remote = storeOptions.remote();
        if (remote.isPresent()) {
            return Failures.report(() -> Builds.buildAndPublish(layout, remote.get(), System.out::println));
        }
        return Failures.report(
                () -> Builds.buildAndPublish(layout, new DatasetStore(data.dir(project.home())), System.out::println));
    }
}
