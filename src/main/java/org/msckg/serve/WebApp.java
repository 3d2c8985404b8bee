package org.msckg.serve;

import io.javalin.Javalin;
import org.msckg.serve.freshness.ConditionalGets;
import org.msckg.serve.health.HealthController;
import org.msckg.serve.queries.QueryController;

/** The Javalin front: every route in one tree; controllers do HTTP only. */
public final class WebApp {
    private WebApp() {}

    public static Javalin create(HealthController health, QueryController queries, ConditionalGets conditional) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // Every matched GET (API, pages, health) is derived from the served build alone.
            config.routes.beforeMatched(conditional::before);
            config.routes.afterMatched(conditional::after);
            config.routes.get("/health", health::get);
            config.routes.get("/api/queries", queries::list);
            config.routes.get("/api/queries/{name}", queries::run);
            config.routes.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).json(e.body()));
        });
    }
}
