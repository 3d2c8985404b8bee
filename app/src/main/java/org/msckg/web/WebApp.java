package org.msckg.web;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.util.Optional;
import java.util.function.Supplier;
import org.msckg.server.admin.AdminController;
import org.msckg.server.freshness.ConditionalGets;
import org.msckg.server.metrics.RequestMetrics;
import org.msckg.web.describe.DescriptionController;
import org.msckg.web.describe.Descriptions;
import org.msckg.web.health.HealthController;
import org.msckg.web.pages.ErrorPages;
import org.msckg.web.pages.StaticFiles;
import org.msckg.web.queries.QueryController;
import org.msckg.web.queries.RequestArguments;

/** The Javalin front: every route in one tree; controllers do HTTP only. */
public final class WebApp {
    private WebApp() {}

    /**
     * @param arguments how /api/queries turns entity names into CURIEs (looked up only for a name)
     * @param web the page controllers of the dataset being served (a rebuild switches to new ones)
     * @param descriptions the dataset's VoID description and the server's metrics
     * @param conditional ETag and 304 for every matched GET: answers derive from the served build alone
     * @param admin the admin routes; without it no /admin route exists
     */
    public static Javalin create(
            HealthController health,
            QueryController queries,
            RequestArguments arguments,
            Supplier<WebControllers> web,
            Descriptions descriptions,
            ConditionalGets conditional,
            Optional<AdminController> admin) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.beforeMatched(conditional::before);
            config.routes.afterMatched(conditional::after);
            config.routes.afterMatched(ctx -> Optional.ofNullable(
                            ctx.endpoints().matchedHttpEndpoint())
                    .ifPresent(e -> ctx.req().setAttribute(RequestMetrics.ROUTE, e.path)));
            config.routes.get("/static/<path>", new StaticFiles()::get);
            config.routes.get("/health", health::get);
            config.routes.get("/api/queries", queries::list);
            config.routes.get("/api/queries/{name}", ctx -> queries.run(ctx, arguments));
            config.routes.get("/api/contradictions", queries::contradictions);
            config.routes.get("/api/explain", ctx -> web.get().explain().get(ctx));
            config.routes.get("/", ctx -> web.get().home().page(ctx));
            config.routes.get("/search", ctx -> web.get().search().page(ctx));
            config.routes.get("/api/search", ctx -> web.get().search().api(ctx));
            config.routes.get("/api/labels", ctx -> web.get().search().labels(ctx));
            config.routes.get("/entity/{curie}", ctx -> web.get().entity().page(ctx));
            config.routes.get("/api/entity/{curie}", ctx -> web.get().entity().api(ctx));
            config.routes.get("/mechanism", ctx -> web.get().mechanism().page(ctx));
            config.routes.get("/compare", ctx -> web.get().compare().page(ctx));
            config.routes.get("/api/compare", ctx -> web.get().compare().api(ctx));
            config.routes.get("/queries", ctx -> web.get().queryPages().list(ctx));
            config.routes.get("/queries/{name}", ctx -> web.get().queryPages().run(ctx));
            config.routes.get(
                    "/queries/{name}/csv", ctx -> web.get().queryPages().csv(ctx));
            config.routes.get("/openapi.json", ctx -> web.get().openApi().json(ctx));
            config.routes.get("/api-docs", ctx -> web.get().openApi().docs(ctx));
            config.routes.get(DescriptionController.PATH, descriptions.dataset()::get);
            config.routes.get("/metrics", descriptions.metrics()::get);
            admin.ifPresent(a -> {
                config.routes.before("/admin/*", a::authenticate);
                config.routes.get("/admin/status", a::status);
                config.routes.post("/admin/rebuild", a::rebuild);
            });
            config.routes.exception(ApiException.class, ErrorPages::apiException);
            config.routes.exception(HttpResponseException.class, ErrorPages::httpException);
            config.routes.exception(Exception.class, ErrorPages::unexpected);
        });
    }
}
