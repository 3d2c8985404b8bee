package org.msckg.web.queries;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.msckg.query.BadRequest;
import org.msckg.query.named.CachedQueries;
import org.msckg.query.named.QueryRunner;
import org.msckg.web.ApiException;

/**
 * GET /api/queries and /api/queries/{name}?param=value: the named queries as JSON, at most the row
 * limit of rows ({@code truncated} says when there were more; /sparql returns them all). An entity
 * parameter takes a name or a CURIE, as on the pages.
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

    /** GET /api/contradictions: the named query that lists both sides of every contradiction. */
    public void contradictions(Context ctx) {
        QueryRunner.Result r = runner.run("contradictions", Map.of());
        ctx.json(Map.of("query", "contradictions", "columns", r.columns(), "rows", r.rows()));
    }

    /** @param names the served dataset's names: a parameter that takes an entity takes its name or its CURIE */
    public void run(Context ctx, RequestArguments names) {
        Map<String, String> args = new HashMap<>();
        ctx.queryParamMap().forEach((k, v) -> args.put(k, v.isEmpty() ? "" : v.get(0)));
        runner.catalog().get(ctx.pathParam("name")).ifPresent(q -> args.putAll(names.of(ctx, q)));
        try {
            QueryRunner.Result r = runner.run(ctx.pathParam("name"), args);
            ctx.json(Map.of(
                    "query",
                    ctx.pathParam("name"),
                    "columns",
                    r.columns(),
                    "rows",
                    r.rows(),
                    "truncated",
                    r.truncated(),
                    "rowLimit",
                    runner.limits().maxRows()));
        } catch (BadRequest e) {
            throw new ApiException(e.notFound() ? 404 : 400, e.getMessage());
        } catch (QueryCancelledException e) {
            throw new ApiException(
                    503,
                    "MSCKG-LIM-005 the query ran longer than its %d s limit and was stopped"
                            .formatted(runner.limits().queryTimeout().toSeconds()));
        }
    }
}
