package org.msckg.serve;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.msckg.serve.compare.CompareController;
import org.msckg.serve.compare.CompareService;
import org.msckg.serve.entity.EntityController;
import org.msckg.serve.entity.EntityService;
import org.msckg.serve.explain.ExplainController;
import org.msckg.serve.explain.ExplainService;
import org.msckg.serve.explain.GraphIndex;
import org.msckg.serve.health.GraphStatus;
import org.msckg.serve.health.HealthController;
import org.msckg.serve.home.GraphSummary;
import org.msckg.serve.home.HomeController;
import org.msckg.serve.mechanism.MechanismController;
import org.msckg.serve.openapi.OpenApiController;
import org.msckg.serve.queries.NamedQueryCatalog;
import org.msckg.serve.queries.QueryController;
import org.msckg.serve.queries.QueryPageController;
import org.msckg.serve.queries.QueryRunner;
import org.msckg.serve.search.SearchController;
import org.msckg.serve.search.SearchService;
import org.msckg.serve.sparql.SparqlEditorFilter;
import org.msckg.serve.sparql.SparqlEditorPage;
import org.msckg.serve.terms.TermIndex;

/** Wires services and controllers over one dataset and starts the server; main and tests both use it. */
public final class Application {
    private Application() {}

    public static MsckgServer start(DatasetGraph dataset, ServiceConfig config, Path queriesDir, String host, int port) {
        var runner = new QueryRunner(dataset, NamedQueryCatalog.load(queriesDir));
        var explain = new ExplainService(new GraphIndex(dataset));
        var terms = TermIndex.of(dataset);
        var pages = new WebControllers(new HomeController(new GraphSummary(terms)), new SearchController(new SearchService(terms)),
                new EntityController(new EntityService(dataset, terms)), new MechanismController(explain),
                new CompareController(new CompareService(dataset, terms)), new QueryPageController(runner), OpenApiController.load());
        var web = WebApp.create(new HealthController(new GraphStatus(dataset)), new QueryController(runner),
                new ExplainController(explain), pages);
        var editor = new SparqlEditorFilter(SparqlEditorPage.render(runner.catalog().all()));
        return MsckgServer.start(config.service(dataset), web, List.of(editor), host, port);
    }
}
