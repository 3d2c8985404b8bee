package org.msckg.web.entity;

import io.javalin.http.Context;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.msckg.query.BadRequest;
import org.msckg.query.entity.EntityFilter;
import org.msckg.query.entity.EntityService;
import org.msckg.query.entity.EntityView;
import org.msckg.query.search.SearchService;
import org.msckg.vocab.Prefixes;
import org.msckg.web.ApiException;
import org.msckg.web.pages.Templates;
import org.msckg.web.pages.Urls;

/**
 * GET /entity/{curie}: the page (findings filtered by organism, studyType, section and certainty,
 * paged), or Turtle / JSON-LD by content negotiation (or ?format=ttl|jsonld); a name instead of a
 * CURIE redirects to the entity it names. GET /api/entity/{curie}: the same view as JSON.
 */
public final class EntityController {
    private static final List<String> FILTERS =
            List.of("organism", "studyType", "section", "certainty", "page", "pageSize");

    private final EntityService service;
    private final SearchService search;

    public EntityController(EntityService service, SearchService search) {
        this.service = service;
        this.search = search;
    }

    public void page(Context ctx) {
        String curie = ctx.pathParam("curie");
        Optional<String> named = named(curie);
        if (named.isPresent()) {
            ctx.redirect(Urls.entity(named.get()) + Urls.query(filter(ctx)));
            return;
        }
        ctx.header("Vary", "Accept");
        switch (format(ctx)) {
            case "ttl" -> rdf(ctx, curie, Lang.TURTLE, "text/turtle");
            case "jsonld" -> rdf(ctx, curie, Lang.JSONLD, "application/ld+json");
            case "json" -> ctx.json(describe(curie, filter(ctx)));
            default -> {
                EntityView e = describe(curie, filter(ctx));
                ctx.html(Templates.render(
                        "entity.jte",
                        Map.of(
                                "e", e,
                                "groups", FindingGroup.of(e.claims()),
                                "inferred", InferredRow.of(e.inferred()),
                                "filter", filter(ctx))));
            }
        }
    }

    public void api(Context ctx) {
        ctx.json(describe(ctx.pathParam("curie"), filter(ctx)));
    }

    /** The CURIE of the entity a name (not a CURIE) names, when one does. */
    private Optional<String> named(String text) {
        if (Prefixes.expand(text.trim()).isPresent()) {
            return Optional.empty();
        }
        return search.resolve(text).map(SearchService.Hit::curie);
    }

    private static Map<String, String> filter(Context ctx) {
        Map<String, String> filter = new LinkedHashMap<>();
        FILTERS.forEach(name -> Optional.ofNullable(ctx.queryParam(name))
                .filter(v -> !v.isBlank())
                .ifPresent(v -> filter.put(name, v.trim())));
        return filter;
    }

    private EntityView describe(String curie, Map<String, String> filter) {
        try {
            return service.describe(curie, EntityFilter.of(filter));
        } catch (BadRequest e) {
            throw new ApiException(e.status(), e.getMessage());
        }
    }

    private void rdf(Context ctx, String curie, Lang lang, String contentType) {
        StringWriter out = new StringWriter();
        try {
            RDFDataMgr.write(out, service.rdf(curie), lang);
        } catch (BadRequest e) {
            throw new ApiException(e.status(), e.getMessage());
        }
        ctx.contentType(contentType + "; charset=utf-8").result(out.toString());
    }

    private static String format(Context ctx) {
        String explicit = ctx.queryParam("format");
        if (explicit != null && !explicit.isBlank()) {
            return switch (explicit.toLowerCase(Locale.ROOT)) {
                case "ttl", "turtle" -> "ttl";
                case "jsonld", "json-ld" -> "jsonld";
                case "json" -> "json";
                case "html" -> "html";
                default -> throw new ApiException(400, "parameter 'format' must be html, ttl, jsonld or json");
            };
        }
        return MediaTypes.preferred(ctx.header("Accept"));
    }
}
