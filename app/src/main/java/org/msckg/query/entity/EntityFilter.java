package org.msckg.query.entity;

import java.util.Map;
import java.util.Optional;
import org.msckg.query.BadRequest;
import org.msckg.vocab.Prefixes;

/**
 * Which of an entity's findings to show: by organism, study type and certainty (IRIs), by section
 * of the review (its text), and which page of them. An empty value lets every finding through.
 */
public record EntityFilter(
        String organism, String studyType, String section, String certainty, int page, int pageSize) {
    public static final int DEFAULT_PAGE_SIZE = 25;
    public static final int MAX_PAGE_SIZE = 200;
    public static final EntityFilter ALL = new EntityFilter("", "", "", "", 1, DEFAULT_PAGE_SIZE);

    /** The filter of request parameters organism, studyType, certainty (CURIEs), section, page and pageSize. */
    public static EntityFilter of(Map<String, String> parameters) {
        return new EntityFilter(
                iri(parameters, "organism"),
                iri(parameters, "studyType"),
                value(parameters, "section"),
                iri(parameters, "certainty"),
                number(parameters, "page", 1, Integer.MAX_VALUE, 1),
                number(parameters, "pageSize", 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE));
    }

    /** The value a facet filters on: its IRI for entities, its text for sections. */
    String get(String facet) {
        return switch (facet) {
            case "organism" -> organism;
            case "studyType" -> studyType;
            case "section" -> section;
            case "certainty" -> certainty;
            default -> throw new IllegalArgumentException(facet);
        };
    }

    /** This filter without the one facet, to count what choosing another value of it would give. */
    EntityFilter without(String facet) {
        return new EntityFilter(
                facet.equals("organism") ? "" : organism,
                facet.equals("studyType") ? "" : studyType,
                facet.equals("section") ? "" : section,
                facet.equals("certainty") ? "" : certainty,
                page,
                pageSize);
    }

    private static String value(Map<String, String> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).map(String::trim).orElse("");
    }

    private static String iri(Map<String, String> parameters, String name) {
        String curie = value(parameters, name);
        if (curie.isEmpty()) {
            return "";
        }
        return Prefixes.expand(curie)
                .orElseThrow(() -> new BadRequest(
                        "parameter '%s': '%s' is not a CURIE with a known prefix, e.g. NCBITaxon:10116"
                                .formatted(name, curie),
                        false));
    }

    private static int number(Map<String, String> parameters, String name, int min, int max, int fallback) {
        String text = value(parameters, name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new BadRequest("parameter '%s' must be a whole number from %d to %d".formatted(name, min, max), false);
    }
}
