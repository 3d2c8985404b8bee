package org.msckg.serve;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import org.msckg.serve.explain.ExplainController;
import org.msckg.serve.health.HealthController;
import org.msckg.serve.pages.ErrorPages;
import org.msckg.serve.queries.QueryController;

/** The Javalin front: every route in one tree; controllers do HTTP only. */
public final class WebApp {
    private WebApp() {}

    public static Javalin create(HealthController health, QueryController queries, ExplainController explain, WebControllers web) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
            });
            config.routes.get("/health", health::get);
            config.routes.get("/api/queries", queries::list);
            config.routes.get("/api/queries/{name}", queries::run);
            config.routes.get("/api/explain", explain::get);
            config.routes.get("/api/contradictions", queries::contradictions);
            config.routes.get("/", web.home()::page);
            config.routes.get("/search", web.search()::page);
            config.routes.get("/api/search", web.search()::api);
            config.routes.get("/entity/{curie}", web.entity()::page);
            config.routes.get("/api/entity/{curie}", web.entity()::api);
            config.routes.get("/mechanism", web.mechanism()::page);
            config.routes.get("/compare", web.compare()::page);
            config.routes.get("/api/compare", web.compare()::api);
            config.routes.get("/queries", web.queryPages()::list);
            config.routes.get("/queries/{name}", web.queryPages()::run);
            config.routes.get("/queries/{name}/csv", web.queryPages()::csv);
            config.routes.get("/openapi.json", web.openApi()::json);
            config.routes.get("/api-docs", web.openApi()::docs);
            config.routes.exception(ApiException.class, ErrorPages::apiException);
            config.routes.exception(Exception.class, ErrorPages::unexpected);
        });
    }
}
