package org.msckg.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.msckg.web.pages.Templates;

/** GET /openapi.json (the API's description) and /api-docs (the same, as a page). */
public final class OpenApiController {
    private final String json;
    private final String page;

    private OpenApiController(String json, String page) {
        this.json = json;
        this.page = page;
    }

    /** Reads the description from the classpath once. */
    public static OpenApiController load() {
        try (InputStream in = OpenApiController.class.getResourceAsStream("/web/openapi.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonNode spec = new ObjectMapper().readTree(json);
            return new OpenApiController(
                    json,
                    Templates.render(
                            "apidocs.jte",
                            Map.of(
                                    "title", spec.path("info").path("title").asText(),
                                    "description",
                                            spec.path("info")
                                                    .path("description")
                                                    .asText(),
                                    "version", spec.path("openapi").asText(),
                                    "endpoints", ApiEndpoint.of(spec))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /web/openapi.json", e);
        }
    }

    public void json(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(json);
    }

    public void docs(Context ctx) {
        ctx.html(page);
    }
}
