package org.msckg.web.pages;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.msckg.server.limits.ErrorMessages;
import org.msckg.server.limits.QueryLimitException;
import org.msckg.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Errors as JSON under /api/ and as a page elsewhere; a message a person can act on, never a stack trace. */
public final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    /** Paths that are pages for people; every other path (API, health, admin) answers errors in JSON. */
    private static final Pattern PAGES =
            Pattern.compile("/(search|entity|mechanism|compare|queries|api-docs)(/|$|\\?)");

    private ErrorPages() {}

    public static void apiException(ApiException e, Context ctx) {
        respond(ctx, e.status(), e.getMessage());
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
        if (!ctx.path().equals("/") && !PAGES.matcher(ctx.path()).lookingAt()) {
            ctx.json(Map.of("error", message, "status", status));
        } else {
            ctx.html(Layout.page("Error " + status, """
                    <h1>%s</h1>
                    <p class="error">%s</p>
                    <p><a href="/">Home</a> · <a href="/search">Search</a></p>""".formatted(
                            status == 404 ? "Not found" : status == 400 ? "Bad request" : "Error " + status,
                            Html.escape(message))));
        }
    }
}
