package org.msckg.serve;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.msckg.serve.explain.ExplainController;
import org.msckg.serve.explain.ExplainService;
import org.msckg.serve.explain.GraphIndex;
import org.msckg.serve.health.GraphStatus;
import org.msckg.serve.health.HealthController;
import org.msckg.serve.queries.NamedQueryCatalog;
import org.msckg.serve.queries.QueryController;
import org.msckg.serve.queries.QueryRunner;

/** Wires services and controllers over one dataset and starts the server; main and tests both use it. */
public final class Application {
    private Application() {}

    public static MsckgServer start(DatasetGraph dataset, ServiceConfig config, Path queriesDir, String host, int port) {
        var runner = new QueryRunner(dataset, NamedQueryCatalog.load(queriesDir));
        var explain = new ExplainService(new GraphIndex(dataset));
        var web = WebApp.create(new HealthController(new GraphStatus(dataset)), new QueryController(runner),
                new ExplainController(explain));
        return MsckgServer.start(config.service(dataset), web, host, port);
    }
}
