package org.msckg.cli;

import java.util.function.Consumer;
import org.msckg.build.ProjectLayout;
import org.msckg.store.PublishOperation;
import org.msckg.store.Store;
import org.semanticweb.HermiT.ReasonerFactory;

/** Building a project into a store from the command line. */
final class Builds {
    private Builds() {}

    /** Builds with HermiT and publishes, printing each stage and then the build summary. */
    static void buildAndPublish(ProjectLayout layout, Store store, Consumer<String> out) {
        out.accept(new PublishOperation(layout, new ReasonerFactory(), store)
                .run(out)
                .summary());
    }
}
