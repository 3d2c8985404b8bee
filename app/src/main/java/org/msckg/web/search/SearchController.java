package org.msckg.web.search;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.msckg.query.search.SearchService;
import org.msckg.web.ApiException;
import org.msckg.web.pages.Templates;

/**
 * GET /search?q= (page; near matches when nothing matches; ?kind= lists the entities of a kind) and
 * /api/search?q= (JSON, also the typeahead's source): entities by label, synonym, abbreviation or CURIE.
 */
public final class SearchController {
    private static final int MAX_LIMIT = 100;
    private static final int NEAR_MATCHES = 5;

    private final SearchService service;

    public SearchController(SearchService service) {
        this.service = service;
    }

    public void page(Context ctx) {
        String q = Optional.ofNullable(ctx.queryParam("q")).map(String::trim).orElse("");
        String kind =
                Optional.ofNullable(ctx.queryParam("kind")).map(String::trim).orElse("");
        List<SearchService.Hit> hits = !kind.isEmpty() ? service.ofKind(kind) : q.isEmpty() ? List.of() : hits(ctx, q);
        List<SearchService.Hit> near =
                hits.isEmpty() && !q.isEmpty() ? service.nearMatches(q, NEAR_MATCHES) : List.of();
        ctx.html(Templates.render(
                "search.jte", Map.of("q", kind.isEmpty() ? q : "", "kind", kind, "hits", hits, "near", near)));
    }

    public void api(Context ctx) {
        List<Map<String, String>> results = hits(ctx, ctx.queryParam("q")).stream()
                .map(h -> Map.of(
                        "curie",
                        h.curie(),
                        "iri",
                        h.iri(),
                        "label",
                        h.label(),
                        "kind",
                        h.kind(),
                        "matched",
                        h.matched()))
                .toList();
        ctx.json(Map.of("query", ctx.queryParam("q"), "results", results));
    }

    /** GET /api/labels?iri=...&iri=...: the CURIE and label of each IRI the graph knows (the SPARQL editor's results). */
    public void labels(Context ctx) {
        ctx.json(Map.of("labels", service.labels(ctx.queryParams("iri"))));
    }

    private List<SearchService.Hit> hits(Context ctx, String q) {
        try {
            return service.search(q, limit(ctx.queryParam("limit")));
        } catch (SearchService.BadQuery e) {
            throw new ApiException(400, e.getMessage());
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return SearchService.DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new ApiException(400, "parameter 'limit' must be a whole number from 1 to " + MAX_LIMIT);
    }
}
