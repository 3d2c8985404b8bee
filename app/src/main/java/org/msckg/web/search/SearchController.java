package org.msckg.web.search;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.msckg.query.search.SearchService;
import org.msckg.web.ApiException;

/** GET /search?q= (page) and /api/search?q= (JSON): entities by label, synonym, abbreviation or CURIE. */
public final class SearchController {
    private static final int MAX_LIMIT = 100;

    private final SearchService service;

    public SearchController(SearchService service) {
        this.service = service;
    }

    public void page(Context ctx) {
        String q = ctx.queryParam("q");
        ctx.html(q == null || q.isBlank() ? SearchPage.empty() : SearchPage.render(q, hits(ctx, q)));
    }

    public void api(Context ctx) {
        List<Map<String, String>> results = hits(ctx, ctx.queryParam("q")).stream()
                .map(h -> Map.of("curie", h.curie(), "iri", h.iri(), "label", h.label(), "kind", h.kind()))
                .toList();
        ctx.json(Map.of("query", ctx.queryParam("q"), "results", results));
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
