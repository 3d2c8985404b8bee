package org.msckg.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.msckg.build.ProjectLayout;
import org.msckg.query.compare.CompareService;
import org.msckg.query.entity.EntityService;
import org.msckg.query.explain.ExplainService;
import org.msckg.query.named.CachedQueries;
import org.msckg.query.named.NamedQueryCatalog;
import org.msckg.query.named.QueryRunner;
import org.msckg.query.search.SearchService;
import org.msckg.query.status.GraphStatus;
import org.msckg.query.summary.GraphSummary;
import org.msckg.query.terms.TermIndex;
import org.msckg.server.admin.AdminController;
import org.msckg.server.admin.AdminPassword;
import org.msckg.server.admin.Rebuilder;
import org.msckg.server.freshness.ConditionalGets;
import org.msckg.server.freshness.DatasetVersion;
import org.msckg.server.freshness.SparqlConditionalGets;
import org.msckg.server.limits.Limits;
import org.msckg.server.metrics.RequestMetrics;
import org.msckg.server.metrics.ServerMetrics;
import org.msckg.server.sparql.QueryRefusal;
import org.msckg.server.sparql.WriteRefusal;
import org.msckg.store.DatasetStore;
import org.msckg.store.LocalQueries;
import org.msckg.store.QueryService;
import org.msckg.store.RemoteStore;
import org.msckg.web.WebApp;
import org.msckg.web.WebControllers;
import org.msckg.web.compare.CompareController;
import org.msckg.web.describe.DescriptionController;
import org.msckg.web.describe.Descriptions;
import org.msckg.web.describe.MetricsController;
import org.msckg.web.entity.EntityController;
import org.msckg.web.explain.ExplainController;
import org.msckg.web.health.HealthController;
import org.msckg.web.home.HomeController;
import org.msckg.web.mechanism.MechanismController;
import org.msckg.web.openapi.OpenApiController;
import org.msckg.web.queries.QueryController;
import org.msckg.web.queries.QueryPageController;
import org.msckg.web.queries.RequestArguments;
import org.msckg.web.search.SearchController;
import org.msckg.web.sparql.ServiceDescriptionFilter;
import org.msckg.web.sparql.SparqlEditorFilter;
import org.msckg.web.sparql.SparqlEditorPage;
import org.semanticweb.HermiT.ReasonerFactory;

/** Wires services and controllers over the served dataset and starts the server; main and tests both use it. */
public final class Application {
    /** Results of named queries kept per build, at most this many. */
    public static final int CACHED_RESULTS = 1000;

    private Application() {}

    /** Where and how to serve: address, port, limits, result cache and, when present, the admin mode. */
    public record Options(String host, int port, Limits limits, Optional<AdminMode> admin, int cachedResults) {
        public static Options loopback(int port) {
            return new Options("127.0.0.1", port, Limits.DEFAULTS, Optional.empty(), CACHED_RESULTS);
        }

        public Options with(Limits newLimits) {
            return new Options(host, port, newLimits, admin, cachedResults);
        }

        public Options with(AdminMode adminMode) {
            return new Options(host, port, limits, Optional.of(adminMode), cachedResults);
        }

        /** @param results how many named-query results to keep in memory (0: none) */
        public Options cache(int results) {
            return new Options(host, port, limits, admin, results);
        }
    }

    /** The admin routes: the password of user "admin" and the project and store a rebuild reads and writes. */
    public record AdminMode(AdminPassword password, ProjectLayout layout, DatasetStore store) {}

    public static MsckgServer start(
            DatasetGraph dataset, ServiceConfig config, Path queriesDir, String host, int port) {
        return start(dataset, config, queriesDir, host, port, CACHED_RESULTS);
    }

    public static MsckgServer start(
            DatasetGraph dataset, ServiceConfig config, Path queriesDir, String host, int port, int cachedResults) {
        return start(
                new ServedDataset(dataset),
                config,
                queriesDir,
                new Options(host, port, Limits.DEFAULTS, Optional.empty(), cachedResults));
    }

    public static MsckgServer start(ServedDataset served, ServiceConfig config, Path queriesDir, Options options) {
        var runner = new QueryRunner(served::get, NamedQueryCatalog.load(queriesDir), options.limits());
        var admin = options.admin()
                .map(a -> new AdminController(
                        a.password(), new Rebuilder(a.layout(), a.store(), served, new ReasonerFactory())));
        var pages =
                new PerDataset<>(served::get, d -> controllers(d, runner, false), d -> controllers(d, runner, true));
        served.onSwitch(pages::prepare);
        return serve(
                new LocalQueries(served::get),
                served::get,
                GraphStatus.local(served::get),
                runner,
                pages::get,
                Optional.of(new MsckgServer.LocalSparql(served, config)),
                admin,
                options);
    }

    /**
     * Health and named queries read from a remote SPARQL store; pages and explanations walk a copy of
     * its graphs, taken after the start ({@link StoreCopy}); /sparql is the store's own endpoint then.
     */
    public static MsckgServer startRemote(
            RemoteStore store, Path queriesDir, String host, int port, int cachedResults, Consumer<String> log) {
        var options = new Options(host, port, Limits.DEFAULTS, Optional.empty(), cachedResults);
        var runner = new QueryRunner(store, NamedQueryCatalog.load(queriesDir), options.limits());
        var copy = StoreCopy.start(
                () -> {
                    DatasetGraph snapshot = store.snapshot();
                    return new Copied(snapshot, controllers(snapshot, runner, true));
                },
                log);
        return serve(
                store,
                () -> copy.get().dataset(),
                GraphStatus.of(store),
                runner,
                () -> copy.get().pages(),
                Optional.empty(),
                Optional.empty(),
                options);
    }

    private record Copied(DatasetGraph dataset, WebControllers pages) {}

    /** @param dataset the dataset the pages and the dataset description read */
    private static MsckgServer serve(
            QueryService source,
            Supplier<DatasetGraph> dataset,
            GraphStatus status,
            QueryRunner runner,
            Supplier<WebControllers> pages,
            Optional<MsckgServer.LocalSparql> sparql,
            Optional<AdminController> admin,
            Options options) {
        var version = new DatasetVersion(source);
        var metrics = new ServerMetrics(status::read);
        var arguments =
                new RequestArguments(() -> pages.get().queryPages().arguments().names());
        var web = WebApp.create(
                new HealthController(status),
                new QueryController(new CachedQueries(runner, version, options.cachedResults())),
                arguments,
                pages,
                new Descriptions(new DescriptionController(dataset), new MetricsController(metrics)),
                new ConditionalGets(version),
                admin);
        var editor = new SparqlEditorFilter(new SparqlEditorPage(runner.catalog(), arguments));
        return MsckgServer.start(
                sparql,
                web,
                List.of(new RequestMetrics(metrics), new ReadOnlyCors(), new WriteRefusal()),
                List.of(
                        new QueryRefusal(),
                        editor,
                        new ServiceDescriptionFilter(status::read),
                        new SparqlConditionalGets(version)),
                options.limits(),
                options.host(),
                options.port());
    }

    /**
     * The page and explanation controllers over one dataset; their indexes are built once per dataset.
     *
     * @param beforeServing made before the dataset is served (a switch to it, or a store's copy): every
     *     index is made now, off the requests' path, rather than at its first request
     */
    private static WebControllers controllers(DatasetGraph dataset, QueryRunner runner, boolean beforeServing) {
        var terms = TermIndex.of(dataset);
        var explain = new ExplainService(dataset, terms).prepare();
        var entities = new EntityService(dataset, terms);
        if (beforeServing) {
            explain.prepared();
            entities.prepared();
        }
        var search = new SearchService(terms);
        return new WebControllers(
                new HomeController(new GraphSummary(terms)),
                new SearchController(search),
                new EntityController(entities, search),
                new MechanismController(explain, search),
                new CompareController(new CompareService(dataset, terms)),
                new QueryPageController(runner, search, terms.references()),
                OpenApiController.load(),
                new ExplainController(explain, search));
    }
}
