package org.msckg.web.entity;

import io.javalin.http.Context;
import java.io.StringWriter;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.msckg.query.BadRequest;
import org.msckg.query.entity.EntityService;
import org.msckg.query.entity.EntityView;
import org.msckg.web.ApiException;

/**
 * GET /entity/{curie}: the page, or Turtle / JSON-LD by content negotiation (or ?format=ttl|jsonld);
 * GET /api/entity/{curie}: the same view as JSON.
 */
public final class EntityController {
    private final EntityService service;

    public EntityController(EntityService service) {
        this.service = service;
    }

    public void page(Context ctx) {
        String curie = ctx.pathParam("curie");
        ctx.header("Vary", "Accept");
        switch (format(ctx)) {
            case "ttl" -> rdf(ctx, curie, Lang.TURTLE, "text/turtle");
            case "jsonld" -> rdf(ctx, curie, Lang.JSONLD, "application/ld+json");
            case "json" -> ctx.json(describe(curie));
            default -> ctx.html(EntityPage.render(describe(curie)));
        }
    }

    public void api(Context ctx) {
        ctx.json(describe(ctx.pathParam("curie")));
    }

    private EntityView describe(String curie) {
        try {
            return service.describe(curie);
        } catch (BadRequest e) {
            throw new ApiException(e.notFound() ? 404 : 400, e.getMessage());
        }
    }

    private void rdf(Context ctx, String curie, Lang lang, String contentType) {
        StringWriter out = new StringWriter();
        try {
            RDFDataMgr.write(out, service.rdf(curie), lang);
        } catch (BadRequest e) {
            throw new ApiException(e.notFound() ? 404 : 400, e.getMessage());
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
