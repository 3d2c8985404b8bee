package org.msckg.cli;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.msckg.build.BuildOperation;
import org.msckg.build.BuildResult;
import org.msckg.build.BuildSummary;
import org.msckg.build.ProjectLayout;
import org.msckg.build.SourceChecksum;
import org.msckg.store.DatasetStore;
import org.msckg.store.RemoteStore;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;
import org.semanticweb.HermiT.ReasonerFactory;

/** Building a project into a store, and telling whether the stored dataset is up to date. */
final class Builds {
    private Builds() {}

    static void buildAndPublish(ProjectLayout layout, DatasetStore store, Consumer<String> out) {
        BuildResult result = new BuildOperation(layout, new ReasonerFactory()).run(out);
        out.accept("[load TDB2] ...");
        long start = System.nanoTime();
        var location = store.publish(result.graphs());
        long ms = (System.nanoTime() - start) / 1_000_000;
        out.accept("[load TDB2] done in %d ms: %s".formatted(ms, location));
        out.accept(BuildSummary.format(result, Map.of("load TDB2", ms)));
    }

    static void buildAndPublish(ProjectLayout layout, RemoteStore store, Consumer<String> out) {
        BuildResult result = new BuildOperation(layout, new ReasonerFactory()).run(out);
        out.accept("[load remote store] ...");
        long start = System.nanoTime();
        var graphs = store.publish(result.graphs());
        long ms = (System.nanoTime() - start) / 1_000_000;
        out.accept("[load remote store] done in %d ms: %d graphs PUT to the store".formatted(ms, graphs.size()));
        out.accept(BuildSummary.format(result, Map.of("load remote store", ms)));
    }

    /** The store named by --store (its query endpoint and, with --store-gsp, a separate Graph Store endpoint). */
    static RemoteStore remoteStore(CommandLine cl) {
        String url = cl.option("store", "");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new UsageException("--store needs the http(s) URL of a SPARQL 1.1 dataset, not '" + url + "'");
        }
        return new RemoteStore(url, cl.option("store-gsp", url));
    }

    /** The checksum of the sources the current dataset was built from, if there is one. */
    static Optional<String> storedChecksum(DatasetStore store) {
        return store.openCurrent().flatMap(Builds::checksumOf);
    }

    static Optional<String> checksumOf(DatasetGraph dsg) {
        String q = "SELECT ?c WHERE { GRAPH <%s> { ?b <%s> ?c } }"
                .formatted(NamedGraphs.BUILD.iri(), MSCKG.sourceChecksum.getURI());
        return Txn.calculateRead(dsg, () -> {
            try (var qe = QueryExecutionFactory.create(q, org.apache.jena.query.DatasetFactory.wrap(dsg))) {
                var rs = qe.execSelect();
                return rs.hasNext() ? Optional.of(rs.next().getLiteral("c").getString()) : Optional.empty();
            }
        });
    }

    static boolean upToDate(ProjectLayout layout, DatasetStore store) {
        return storedChecksum(store).map(SourceChecksum.of(layout)::equals).orElse(false);
    }
}
