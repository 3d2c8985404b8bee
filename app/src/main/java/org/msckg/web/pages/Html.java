package org.msckg.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.stream.Collectors;

/** Escaping for server-rendered pages: every value from the data or the request goes through here. */
public final class Html {
    private Html() {}

    /** Text safe in element content and in quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A query-string or path-segment value. */
    public static String url(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    /** A link to the page of an entity, showing its label (or its CURIE when it has none). */
    public static String entityLink(String curie, String label) {
        if (curie == null || curie.isEmpty()) {
            return "";
        }
        String text = label == null || label.isEmpty() ? curie : label;
        return "<a href=\"/entity/%s\" title=\"%s\">%s</a>".formatted(url(curie), escape(curie), escape(text));
    }

    /** JSON to embed in a {@code <script type="application/json">} element: no "&lt;/script&gt;" can end it early. */
    public static String scriptJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    public static String joined(Collection<String> fragments, String separator) {
        return fragments.stream().collect(Collectors.joining(separator));
    }
}
