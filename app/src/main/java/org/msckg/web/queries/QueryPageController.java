package org.msckg.web.queries;

import io.javalin.http.Context;
import java.util.Map;
import org.msckg.query.BadRequest;
import org.msckg.query.named.NamedQuery;
import org.msckg.query.named.QueryRunner;
import org.msckg.query.search.SearchService;
import org.msckg.query.terms.References;
import org.msckg.web.ApiException;
import org.msckg.web.pages.Templates;

/**
 * GET /queries, /queries/{name}?param=value&offset=N and /queries/{name}/csv: the named queries for
 * people, a page of rows at a time (the CSV holds the page's rows); a parameter that takes an entity
 * takes its name (label, synonym, abbreviation) or its CURIE, and a cited reference is shown with its
 * bibliographic record.
 */
public final class QueryPageController {
    private final QueryRunner runner;
    private final RequestArguments arguments;
    private final References references;

    public QueryPageController(QueryRunner runner, SearchService names, References references) {
        this.runner = runner;
        this.arguments = new RequestArguments(names);
        this.references = references;
    }

    /** How this dataset's names become the CURIEs a named query takes; /api/queries resolves them so too. */
    public RequestArguments arguments() {
        return arguments;
    }

    public void list(Context ctx) {
        ctx.html(Templates.render(
                "queries.jte", Map.of("queries", runner.catalog().all())));
    }

    public void run(Context ctx) {
        NamedQuery q = query(ctx.pathParam("name"));
        Map<String, String> args = arguments.of(ctx, q);
        ctx.html(Templates.render(
                "query.jte",
                Map.of(
                        "q",
                        q,
                        "args",
                        args,
                        "r",
                        result(q.name(), args, RequestArguments.offset(ctx)),
                        "pageSize",
                        runner.limits().maxRows(),
                        "references",
                        references)));
    }

    public void csv(Context ctx) {
        NamedQuery q = query(ctx.pathParam("name"));
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + q.name() + ".csv\"")
                .result(Csv.of(result(q.name(), arguments.of(ctx, q), RequestArguments.offset(ctx))));
    }

    private NamedQuery query(String name) {
        return runner.catalog()
                .get(name)
                .orElseThrow(
                        () -> new ApiException(404, "no named query '%s'; the list is at /queries".formatted(name)));
    }

    private QueryRunner.Result result(String name, Map<String, String> args, long offset) {
        try {
            return runner.run(name, args, offset);
        } catch (BadRequest e) {
            throw new ApiException(e.status(), e.getMessage());
        }
    }
}
