package org.msckg.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.msckg.web.pages.Html;
import org.msckg.web.pages.Layout;

/** The OpenAPI description as a page: each path, its parameters with an example, its responses. */
final class ApiDocsPage {
    private ApiDocsPage() {}

    static String render(JsonNode spec) {
        StringBuilder sb = new StringBuilder();
        sb.append("<h1>")
                .append(Html.escape(spec.path("info").path("title").asText()))
                .append("</h1>")
                .append("<p>")
                .append(Html.escape(spec.path("info").path("description").asText()))
                .append("</p>")
                .append("<p>Machine-readable: <a href=\"/openapi.json\">/openapi.json</a> (OpenAPI ")
                .append(Html.escape(spec.path("openapi").asText()))
                .append(").</p>");
        List<String> paths = new ArrayList<>();
        spec.path("paths").fieldNames().forEachRemaining(paths::add);
        for (String path : paths) {
            spec.path("paths").path(path).fields().forEachRemaining(op -> {
                JsonNode o = op.getValue();
                sb.append("<section class=\"endpoint\"><h2><code>")
                        .append(Html.escape(op.getKey().toUpperCase()))
                        .append(" ")
                        .append(Html.escape(path))
                        .append("</code></h2><p>")
                        .append(Html.escape(o.path("summary").asText()))
                        .append("</p>");
                if (o.has("parameters")) {
                    sb.append(
                            "<table><thead><tr><th>parameter</th><th>in</th><th>required</th><th>type</th><th>example</th><th></th></tr></thead><tbody>");
                    o.path("parameters")
                            .forEach(p -> sb.append(
                                    "<tr><td><code>%s</code></td><td>%s</td><td>%s</td><td>%s</td><td><code>%s</code></td><td>%s</td></tr>"
                                            .formatted(
                                                    Html.escape(p.path("name").asText()),
                                                    Html.escape(p.path("in").asText()),
                                                    p.path("required").asBoolean() ? "yes" : "no",
                                                    Html.escape(p.path("schema")
                                                            .path("type")
                                                            .asText()),
                                                    Html.escape(
                                                            p.path("example").asText()),
                                                    Html.escape(p.path("description")
                                                            .asText()))));
                    sb.append("</tbody></table>");
                }
                sb.append("<ul>");
                o.path("responses")
                        .fields()
                        .forEachRemaining(r -> sb.append("<li><b>")
                                .append(Html.escape(r.getKey()))
                                .append("</b> ")
                                .append(Html.escape(
                                        r.getValue().path("description").asText()))
                                .append("</li>"));
                sb.append("</ul>").append(example(path, o)).append("</section>");
            });
        }
        return Layout.page("API", sb.toString());
    }

    /** A link that tries the endpoint with the examples of its parameters. */
    private static String example(String path, JsonNode op) {
        String url = path;
        StringBuilder query = new StringBuilder();
        for (JsonNode p : op.path("parameters")) {
            String example = p.path("example").asText();
            if (example.isEmpty()) {
                continue;
            }
            if (p.path("in").asText().equals("path")) {
                url = url.replace("{" + p.path("name").asText() + "}", Html.url(example));
            } else {
                query.append(query.length() == 0 ? "?" : "&")
                        .append(Html.url(p.path("name").asText()))
                        .append("=")
                        .append(Html.url(example));
            }
        }
        if (url.contains("{")) {
            return "";
        }
        return "<p>Try: <a href=\"%s\">%s</a></p>".formatted(Html.escape(url + query), Html.escape(url + query));
    }
}
