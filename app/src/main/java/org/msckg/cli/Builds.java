package org.msckg.cli;

import java.util.function.Consumer;
import org.msckg.build.ProjectLayout;
import org.msckg.store.PublishOperation;
import org.msckg.store.RemoteStore;
import org.msckg.store.Store;
import org.semanticweb.HermiT.ReasonerFactory;

/** Building a project into the store the command line names. */
final class Builds {
    private Builds() {}

    /** Builds with HermiT and publishes, printing each stage and then the build summary. */
    static void buildAndPublish(ProjectLayout layout, Store store, Consumer<String> out) {
        out.accept(new PublishOperation(layout, new ReasonerFactory(), store)
                .run(out)
                .summary());
    }

    /** The store named by --store (its query endpoint and, with --store-gsp, a separate Graph Store endpoint). */
    static RemoteStore remoteStore(CommandLine cl) {
        String url = cl.option("store", "");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new UsageException("--store needs the http(s) URL of a SPARQL 1.1 dataset, not '" + url + "'");
        }
        return new RemoteStore(url, cl.option("store-gsp", url));
    }
}
