package org.msckg.serve;

import java.nio.file.Path;
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
        var version = new DatasetVersion(dataset);
        var runner = new CachedQueries(new QueryRunner(dataset, NamedQueryCatalog.load(queriesDir)), version, cachedResults);
        var web = WebApp.create(new HealthController(new GraphStatus(dataset)), new QueryController(runner),
                new ConditionalGets(version));
        return MsckgServer.start(config.service(dataset), web, new SparqlConditionalGets(version), host, port);
    }
}
