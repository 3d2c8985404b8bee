package org.msckg.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.msckg.server.limits.ErrorMessages;
import org.msckg.server.limits.QueryLimitException;
import org.msckg.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors as JSON to API clients and as a page to people; a message a person can act on, never a
 * stack trace. Under /api/, /health, /admin and /openapi.json errors are JSON; the pages' paths
 * answer a page; any other path (an unknown one) answers a page to a browser (Accept: text/html)
 * and JSON to everyone else.
 */
public final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private static final Pattern PAGES =
            Pattern.compile("/(search|entity|mechanism|compare|queries|api-docs)(/|$|\\?)");
    private static final Pattern API = Pattern.compile("/(api|health|admin|openapi\\.json)(/|$|\\?)");

    private ErrorPages() {}

    public static void apiException(ApiException e, Context ctx) {
        if (e.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
        }
        respond(ctx, e.status(), e.getMessage());
    }

    /** Javalin's own answers, such as 404 for a path no route matches. */
    public static void httpException(HttpResponseException e, Context ctx) {
        respond(ctx, e.getStatus(), e.getStatus() == 404 ? "no page at " + ctx.path() : e.getMessage());
    }

    /**
     * An unexpected failure: a message with an incident number, the stack trace only in the log
     * under that number; a query past one of its limits is answered with that limit's error.
     */
    public static void unexpected(Exception e, Context ctx) {
        Optional<QueryLimitException> limit = QueryLimitException.in(e);
        if (limit.isPresent()) {
            respond(ctx, limit.get().status(), limit.get().getMessage());
            return;
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("incident {}: {} {}", incident, ctx.method(), ctx.path(), e);
        respond(ctx, 500, ErrorMessages.internalError(incident));
    }

    private static void respond(Context ctx, int status, String message) {
        ctx.status(status);
        if (wantsPage(ctx)) {
            ctx.html(Templates.render("error.jte", Map.of("status", status, "message", message)));
        } else {
            ctx.json(Map.of("error", message, "status", status));
        }
    }

    private static boolean wantsPage(Context ctx) {
        String path = ctx.path();
        if (path.equals("/") || PAGES.matcher(path).lookingAt()) {
            return true;
        }
        String accept = ctx.header("Accept");
        return !API.matcher(path).lookingAt() && accept != null && accept.contains("text/html");
    }
}
