package org.msckg.web.queries;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.msckg.query.BadRequest;
import org.msckg.query.named.CachedQueries;
import org.msckg.query.named.NamedQuery;
import org.msckg.query.named.QueryRunner;
import org.msckg.web.ApiException;
import org.msckg.web.pages.Urls;

/**
 * GET /api/queries and /api/queries/{name}?param=value&offset=N: the named queries as JSON, a page of
 * at most the row limit of rows from the answer's row {@code offset} (0 when not given); when more
 * follow, {@code truncated} is true and {@code next} is the next page's URL (/sparql returns every
 * row at once). An entity parameter takes a name or a CURIE, as on the pages.
 */
public final class QueryController {
    private final CachedQueries runner;

    public QueryController(CachedQueries runner) {
        this.runner = runner;
    }

    public void list(Context ctx) {
        ctx.json(Map.of(
                "queries",
                runner.catalog().all().stream()
                        .map(q -> Map.of(
                                "name",
                                q.name(),
                                "summary",
                                q.summary(),
                                "description",
                                q.description(),
                                "parameters",
                                q.parameters()))
                        .toList()));
    }

    /** GET /api/contradictions: the named query that lists both sides of every contradiction, paged the same way. */
    public void contradictions(Context ctx) {
        page(ctx, "contradictions", Map.of());
    }

    /** @param names the served dataset's names: a parameter that takes an entity takes its name or its CURIE */
    public void run(Context ctx, RequestArguments names) {
        Map<String, String> args = parameters(ctx);
        args.remove(NamedQuery.OFFSET);
        runner.catalog().get(ctx.pathParam("name")).ifPresent(q -> args.putAll(names.of(ctx, q)));
        page(ctx, ctx.pathParam("name"), args);
    }

    private void page(Context ctx, String name, Map<String, String> args) {
        try {
            QueryRunner.Result r = runner.run(name, args, RequestArguments.offset(ctx));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", name);
            body.put("columns", r.columns());
            body.put("rows", r.rows());
            body.put("offset", r.offset());
            body.put("truncated", r.truncated());
            body.put("rowLimit", runner.limits().maxRows());
            if (r.truncated()) {
                body.put(
                        "next",
                        ctx.path()
                                + Urls.query(
                                        Urls.with(parameters(ctx), NamedQuery.OFFSET, String.valueOf(r.nextOffset()))));
            }
            ctx.json(body);
        } catch (BadRequest e) {
            throw new ApiException(e.notFound() ? 404 : 400, e.getMessage());
        } catch (QueryCancelledException e) {
            throw new ApiException(
                    503,
                    "MSCKG-LIM-005 the query ran longer than its %d s limit and was stopped"
                            .formatted(runner.limits().queryTimeout().toSeconds()));
        }
    }

    /** The request's parameters, the first value of each. */
    private static Map<String, String> parameters(Context ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> out.put(k, v.isEmpty() ? "" : v.get(0)));
        return out;
    }
}
