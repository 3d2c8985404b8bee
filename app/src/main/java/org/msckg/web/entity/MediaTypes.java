package org.msckg.web.entity;

import java.util.List;
import java.util.Locale;

/** Picks the representation of an entity an Accept header prefers: html, ttl, jsonld or json. */
final class MediaTypes {
    private static final List<List<String>> OFFERED = List.of(
            List.of("text/html", "html"),
            List.of("application/xhtml+xml", "html"),
            List.of("text/turtle", "ttl"),
            List.of("application/x-turtle", "ttl"),
            List.of("application/ld+json", "jsonld"),
            List.of("application/json", "json"));

    private MediaTypes() {}

    static String preferred(String accept) {
        if (accept == null || accept.isBlank()) {
            return "html";
        }
        String best = "html";
        double bestQ = -1;
        for (String part : accept.split(",")) {
            String[] pieces = part.trim().split(";");
            String type = pieces[0].trim().toLowerCase(Locale.ROOT);
            double q = quality(pieces);
            for (List<String> offer : OFFERED) {
                if (offer.get(0).equals(type) && q > bestQ) {
                    best = offer.get(1);
                    bestQ = q;
                }
            }
        }
        return best;
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i].trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
