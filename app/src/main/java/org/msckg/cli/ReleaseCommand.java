package org.msckg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.msckg.build.ProjectLayout;
import org.msckg.release.ReleaseOperation;
import org.msckg.store.DatasetStore;

/**
 * {@code msckg release --out DIR}: the release files of the current dataset (building it first when
 * the sources changed), docs/release.md.
 */
public final class ReleaseCommand {
    private final CommandLine cl;

    public ReleaseCommand(CommandLine cl) {
        this.cl = cl;
    }

    public int run() {
        cl.allowOnly("out", "data", "project");
        if (!cl.positional().isEmpty()) {
            throw new UsageException("release takes no arguments, only --out DIR");
        }
        Path out = Path.of(Optional.ofNullable(cl.options().get("out"))
                .orElseThrow(() -> new UsageException("release needs --out DIR")));
        ProjectLayout layout = new ProjectLayout(cl.home());
        DatasetStore store = new DatasetStore(cl.dataDir());
        if (!Builds.upToDate(layout, store)) {
            System.err.println("sources changed since the last build (or no build yet): building");
            int status = Failures.report(() -> Builds.buildAndPublish(layout, store, System.err::println));
            if (status != 0) {
                return status;
            }
        }
        Optional<DatasetGraph> dataset = store.openCurrent();
        if (dataset.isEmpty()) {
            return 1;
        }
        List<String> files = new ReleaseOperation(layout).write(dataset.get(), out);
        files.forEach(f -> System.out.println(out.resolve(f)));
        return 0;
    }
}
