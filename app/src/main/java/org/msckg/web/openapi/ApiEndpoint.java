package org.msckg.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.msckg.web.pages.Urls;

/**
 * One operation of the OpenAPI description as the API page shows it.
 *
 * @param tryIt the path with its parameters' examples filled in, or empty when a path parameter has none
 */
public record ApiEndpoint(
        String method,
        String path,
        String summary,
        List<Parameter> parameters,
        List<Response> responses,
        String tryIt) {

    public record Parameter(
            String name, String in, boolean required, String type, String example, String description) {}

    public record Response(String status, String description) {}

    static List<ApiEndpoint> of(JsonNode spec) {
        List<ApiEndpoint> out = new ArrayList<>();
        spec.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue()
                        .fields()
                        .forEachRemaining(op -> out.add(endpoint(path.getKey(), op.getKey(), op.getValue()))));
        return out;
    }

    private static ApiEndpoint endpoint(String path, String method, JsonNode op) {
        List<Parameter> parameters = new ArrayList<>();
        op.path("parameters")
                .forEach(p -> parameters.add(new Parameter(
                        p.path("name").asText(),
                        p.path("in").asText(),
                        p.path("required").asBoolean(),
                        p.path("schema").path("type").asText(),
                        p.path("example").asText(),
                        p.path("description").asText())));
        List<Response> responses = new ArrayList<>();
        op.path("responses")
                .fields()
                .forEachRemaining(r -> responses.add(new Response(
                        r.getKey(), r.getValue().path("description").asText())));
        return new ApiEndpoint(
                method.toUpperCase(Locale.ROOT),
                path,
                op.path("summary").asText(),
                parameters,
                responses,
                tryIt(path, parameters));
    }

    private static String tryIt(String path, List<Parameter> parameters) {
        String url = path;
        StringBuilder query = new StringBuilder();
        for (Parameter p : parameters) {
            if (p.example().isEmpty()) {
                continue;
            }
            if (p.in().equals("path")) {
                url = url.replace("{" + p.name() + "}", Urls.encode(p.example()));
            } else {
                query.append(query.length() == 0 ? "?" : "&")
                        .append(Urls.encode(p.name()))
                        .append("=")
                        .append(Urls.encode(p.example()));
            }
        }
        return url.contains("{") ? "" : url + query;
    }
}
