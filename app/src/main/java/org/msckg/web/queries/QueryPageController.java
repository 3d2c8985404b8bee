package org.msckg.web.queries;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.msckg.query.BadRequest;
import org.msckg.query.named.NamedQuery;
import org.msckg.query.named.QueryRunner;
import org.msckg.web.ApiException;

/** GET /queries, /queries/{name}?param=value and /queries/{name}/csv: the named queries for people. */
public final class QueryPageController {
    private final QueryRunner runner;

    public QueryPageController(QueryRunner runner) {
        this.runner = runner;
    }

    public void list(Context ctx) {
        ctx.html(QueryPages.list(runner.catalog().all()));
    }

    public void run(Context ctx) {
        NamedQuery q = query(ctx.pathParam("name"));
        Map<String, String> args = arguments(ctx);
        ctx.html(QueryPages.result(q, args, result(q.name(), args)));
    }

    public void csv(Context ctx) {
        NamedQuery q = query(ctx.pathParam("name"));
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + q.name() + ".csv\"")
                .result(Csv.of(result(q.name(), arguments(ctx))));
    }

    private NamedQuery query(String name) {
        return runner.catalog()
                .get(name)
                .orElseThrow(
                        () -> new ApiException(404, "no named query '%s'; the list is at /queries".formatted(name)));
    }

    private QueryRunner.Result result(String name, Map<String, String> args) {
        try {
            return runner.run(name, args);
        } catch (BadRequest e) {
            throw new ApiException(e.notFound() ? 404 : 400, e.getMessage());
        }
    }

    private static Map<String, String> arguments(Context ctx) {
        Map<String, String> args = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!v.isEmpty() && !v.get(0).isBlank()) {
                args.put(k, v.get(0).trim());
            }
        });
        return args;
    }
}
