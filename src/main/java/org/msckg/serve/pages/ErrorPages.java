package org.msckg.serve.pages;

import io.javalin.http.Context;
import java.util.Map;
import org.msckg.serve.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Errors as JSON under /api/ and as a page elsewhere; a message a person can act on, never a stack trace. */
public final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private ErrorPages() {}

    public static void apiException(ApiException e, Context ctx) {
        respond(ctx, e.status(), e.getMessage());
    }

    public static void unexpected(Exception e, Context ctx) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        respond(ctx, 500, "the server could not answer this request; its log says why");
    }

    private static void respond(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json")) {
            ctx.json(Map.of("error", message, "status", status));
        } else {
            ctx.html(Layout.page("Error " + status, """
                    <h1>%s</h1>
                    <p class="error">%s</p>
                    <p><a href="/">Home</a> · <a href="/search">Search</a></p>""".formatted(
                    status == 404 ? "Not found" : status == 400 ? "Bad request" : "Error " + status, Html.escape(message))));
        }
    }
}
