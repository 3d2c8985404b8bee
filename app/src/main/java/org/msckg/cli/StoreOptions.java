package org.msckg.cli;

import java.util.Optional;
import org.msckg.store.RemoteStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --store URL [--store-gsp URL]}: a SPARQL 1.1 store instead of the TDB2 datasets under data/. */
public final class StoreOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(
            names = "--store",
            paramLabel = "URL",
            description = "a SPARQL 1.1 store (its query endpoint) to build into or serve from instead of data/")
    private String url;

    @Option(
            names = "--store-gsp",
            paramLabel = "URL",
            description =
                    "build: the store's Graph Store Protocol endpoint, when it differs from --store (serve reads through --store)")
    private String gsp;

    /** The store named by --store, if any. */
    public Optional<RemoteStore> remote() {
        if (url == null) {
            return Optional.empty();
        }
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw CommandLines.usageError(
                    spec, "--store needs the http(s) URL of a SPARQL 1.1 dataset, not '" + url + "'");
        }
        return Optional.of(new RemoteStore(url, gsp != null ? gsp : url));
    }
}
