package org.msckg.serve;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.msckg.serve.freshness.ConditionalGets;
import org.msckg.serve.freshness.DatasetVersion;
import org.msckg.serve.freshness.SparqlConditionalGets;
import org.msckg.serve.health.GraphStatus;
import org.msckg.serve.health.HealthController;
import org.msckg.serve.queries.CachedQueries;
import org.msckg.serve.queries.NamedQueryCatalog;
import org.msckg.serve.queries.QueryController;
import org.msckg.serve.queries.QueryRunner;
import org.msckg.store.LocalQueries;
import org.msckg.store.QueryService;
import org.msckg.store.RemoteStore;

/** Wires services and controllers over one dataset and starts the server; main and tests both use it. */
public final class Application {
    private Application() {}

    /** Results of named queries kept per build, at most this many. */
    public static final int CACHED_RESULTS = 1000;

    public static MsckgServer start(DatasetGraph dataset, ServiceConfig config, Path queriesDir, String host, int port) {
        return start(dataset, config, queriesDir, host, port, CACHED_RESULTS);
    }

    /** @param cachedResults how many named-query results to keep in memory (0: none) */
    public static MsckgServer start(DatasetGraph dataset, ServiceConfig config, Path queriesDir, String host, int port,
                                    int cachedResults) {
        var source = new LocalQueries(dataset);
        var version = new DatasetVersion(source);
        return MsckgServer.start(Optional.of(config.service(dataset)), web(source, version, queriesDir, cachedResults),
                new SparqlConditionalGets(version), host, port);
    }

    /** Pages, API and health read from a remote SPARQL store; /sparql is the store's own endpoint then. */
    public static MsckgServer startRemote(RemoteStore store, Path queriesDir, String host, int port, int cachedResults) {
        var version = new DatasetVersion(store);
        return MsckgServer.start(Optional.empty(), web(store, version, queriesDir, cachedResults),
                new SparqlConditionalGets(version), host, port);
    }

    private static Javalin web(QueryService source, DatasetVersion version, Path queriesDir, int cachedResults) {
        var runner = new CachedQueries(new QueryRunner(source, NamedQueryCatalog.load(queriesDir)), version, cachedResults);
        return WebApp.create(new HealthController(new GraphStatus(source)), new QueryController(runner),
                new ConditionalGets(version));
    }
}
