package org.msckg.serve;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.msckg.build.ProjectLayout;
import org.msckg.serve.admin.AdminController;
import org.msckg.serve.admin.AdminPassword;
import org.msckg.serve.admin.Rebuilder;
import org.msckg.serve.health.GraphStatus;
import org.msckg.serve.health.HealthController;
import org.msckg.serve.limits.Limits;
import org.msckg.serve.queries.NamedQueryCatalog;
import org.msckg.serve.queries.QueryController;
import org.msckg.serve.queries.QueryRunner;
import org.msckg.store.DatasetStore;
import org.semanticweb.HermiT.ReasonerFactory;

/** Wires services and controllers over the served dataset and starts the server; main and tests both use it. */
public final class Application {
    private Application() {}

    /** Where and how to serve: address, port, limits and, when present, the admin mode. */
    public record Options(String host, int port, Limits limits, Optional<AdminMode> admin) {
        public static Options loopback(int port) {
            return new Options("127.0.0.1", port, Limits.DEFAULTS, Optional.empty());
        }

        public Options with(Limits newLimits) {
            return new Options(host, port, newLimits, admin);
        }

        public Options with(AdminMode adminMode) {
            return new Options(host, port, limits, Optional.of(adminMode));
        }
    }

    /** The admin routes: the password of user "admin" and the project and store a rebuild reads and writes. */
    public record AdminMode(AdminPassword password, ProjectLayout layout, DatasetStore store) {}

    public static MsckgServer start(DatasetGraph dataset, ServiceConfig config, Path queriesDir, String host, int port) {
        return start(new ServedDataset(dataset), config, queriesDir, new Options(host, port, Limits.DEFAULTS, Optional.empty()));
    }

    public static MsckgServer start(ServedDataset served, ServiceConfig config, Path queriesDir, Options options) {
        var runner = new QueryRunner(served::get, NamedQueryCatalog.load(queriesDir), options.limits());
        var admin = options.admin().map(a -> new AdminController(a.password(),
                new Rebuilder(a.layout(), a.store(), served, new ReasonerFactory())));
        var web = WebApp.create(new HealthController(new GraphStatus(served::get)), new QueryController(runner), admin);
        return MsckgServer.start(served, config, web, options.limits(), options.host(), options.port());
    }
}
