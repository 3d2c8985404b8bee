package org.msckg;

import java.nio.file.Path;
import org.msckg.store.DatasetStore;

/** The project's real graph written to a TDB2 store in a given folder, as a build would leave it. */
public final class StoredGraph {
    private StoredGraph() {}

    public static DatasetStore publish(Path dataDir) {
        DatasetStore store = new DatasetStore(dataDir);
        store.publish(BuiltGraph.result().graphs());
        return store;
    }
}
