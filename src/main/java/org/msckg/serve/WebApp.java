package org.msckg.serve;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.Optional;
import org.msckg.serve.admin.AdminController;
import org.msckg.serve.health.HealthController;
import org.msckg.serve.queries.QueryController;

/** The Javalin front: every route in one tree; controllers do HTTP only. */
public final class WebApp {
    private WebApp() {}

    /** @param admin the admin routes; without it no /admin route exists */
    public static Javalin create(HealthController health, QueryController queries, Optional<AdminController> admin) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/health", health::get);
            config.routes.get("/api/queries", queries::list);
            config.routes.get("/api/queries/{name}", queries::run);
            admin.ifPresent(a -> {
                config.routes.before("/admin/*", a::authenticate);
                config.routes.get("/admin/status", a::status);
                config.routes.post("/admin/rebuild", a::rebuild);
            });
            config.routes.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).json(e.body()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus())
                    .json(Map.of("error", e.getMessage(), "status", e.getStatus())));
            config.routes.exception(Exception.class, InternalErrors::handle);
        });
    }
}
