package org.msckg.cli;

import org.msckg.build.ProjectLayout;
import org.msckg.store.DatasetStore;

/** {@code msckg build}: sources to a new current TDB2 dataset, or a clear error and the old one kept. */
public final class BuildCommand {
    private final CommandLine cl;

    public BuildCommand(CommandLine cl) {
        this.cl = cl;
    }

    public int run() {
        cl.allowOnly("data", "project", "store", "store-gsp");
        if (cl.options().containsKey("store")) {
            return Failures.report(() ->
                    Builds.buildAndPublish(new ProjectLayout(cl.home()), Builds.remoteStore(cl), System.out::println));
        }
        return Failures.report(() -> Builds.buildAndPublish(
                new ProjectLayout(cl.home()), new DatasetStore(cl.dataDir()), System.out::println));
    }
}
