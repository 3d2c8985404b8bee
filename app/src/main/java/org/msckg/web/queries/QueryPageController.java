package org.msckg.web.queries;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.msckg.query.BadRequest;
import org.msckg.query.named.NamedQuery;
import org.msckg.query.named.QueryRunner;
import org.msckg.query.search.SearchService;
import org.msckg.web.ApiException;
import org.msckg.web.pages.Templates;

/**
 * GET /queries, /queries/{name}?param=value and /queries/{name}/csv: the named queries for people;
 * a parameter that takes an entity takes its name (label, synonym, abbreviation) or its CURIE.
 */
public final class QueryPageController {
    private final QueryRunner runner;
    private final SearchService names;

    public QueryPageController(QueryRunner runner, SearchService names) {
        this.runner = runner;
        this.names = names;
    }

    public void list(Context ctx) {
        ctx.html(Templates.render(
                "queries.jte", Map.of("queries", runner.catalog().all())));
    }

    public void run(Context ctx) {
        NamedQuery q = query(ctx.pathParam("name"));
        Map<String, String> args = arguments(ctx, q);
        ctx.html(Templates.render("query.jte", Map.of("q", q, "args", args, "r", result(q.name(), args))));
    }

    public void csv(Context ctx) {
        NamedQuery q = query(ctx.pathParam("name"));
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + q.name() + ".csv\"")
                .result(Csv.of(result(q.name(), arguments(ctx, q))));
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
            throw new ApiException(e.status(), e.getMessage());
        }
    }

    /** The non-empty parameters, names of entities replaced by their CURIEs. */
    private Map<String, String> arguments(Context ctx, NamedQuery q) {
        Map<String, String> args = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!v.isEmpty() && !v.get(0).isBlank()) {
                args.put(k, v.get(0).trim());
            }
        });
        try {
            q.parameters().stream()
                    .filter(p -> p.type() == NamedQuery.Type.CURIE && args.containsKey(p.name()))
                    .forEach(p -> args.put(p.name(), names.curie(p.name(), args.get(p.name()))));
        } catch (BadRequest e) {
            throw new ApiException(e.status(), e.getMessage());
        }
        return args;
    }
}
