package org.msckg.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Values as parts of a URL, for the templates (the template engine escapes for HTML, not for URLs). */
public final class Urls {
    private Urls() {}

    /** A query-string value or path segment. */
    public static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    /** The path of an entity's page. */
    public static String entity(String curie) {
        return "/entity/" + encode(curie);
    }

    /** A query string ("?a=1&b=2", or "" for none) of the non-empty values. */
    public static String query(Map<String, String> parameters) {
        String q = parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return q.isEmpty() ? "" : "?" + q;
    }

    /** The parameters with one more (or one changed, or one removed when the value is empty). */
    public static Map<String, String> with(Map<String, String> parameters, String name, String value) {
        Map<String, String> out = new LinkedHashMap<>(parameters);
        out.put(name, value);
        return out;
    }
}
