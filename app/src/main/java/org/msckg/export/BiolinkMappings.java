package org.msckg.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's relations and kinds of entity in Biolink terms, read from ontology/kgx/: which
 * Biolink predicate (with direction and negation qualifiers) a relation becomes, which category a
 * node gets. Curators edit the tables, not Java (docs/release.md).
 */
public final class BiolinkMappings {
    public static final String FALLBACK_PREDICATE = "biolink:related_to";
    public static final String FALLBACK_CATEGORY = "biolink:NamedThing";

    /** A relation's Biolink predicate; direction and negated are empty when the relation implies none. */
    public record Predicate(String relation, String predicate, String direction, boolean negated, String mapping) {}

    private final Map<String, Predicate> predicates;
    private final Map<String, String> categories;

    private BiolinkMappings(Map<String, Predicate> predicates, Map<String, String> categories) {
        this.predicates = predicates;
        this.categories = categories;
    }

    public static BiolinkMappings read(Path dir) {
        Map<String, Predicate> predicates = new LinkedHashMap<>();
        for (List<String> row : rows(dir.resolve("biolink-predicates.tsv"))) {
            predicates.put(
                    row.get(0),
                    new Predicate(row.get(0), row.get(2), row.get(3), row.get(4).equals("true"), row.get(5)));
        }
        Map<String, String> categories = new LinkedHashMap<>();
        for (List<String> row : rows(dir.resolve("biolink-categories.tsv"))) {
            categories.put(row.get(0), row.get(1));
        }
        return new BiolinkMappings(predicates, categories);
    }

    /** The mapping of a relation (a CURIE); related_to, marked "fallback", when the table lacks it. */
    public Predicate predicate(String relation) {
        return predicates.getOrDefault(relation, new Predicate(relation, FALLBACK_PREDICATE, "", false, "fallback"));
    }

    public boolean maps(String relation) {
        return predicates.containsKey(relation);
    }

    /**
     * A node's category: by its OBO namespace (GO), else its kind (project terms), else its CURIE
     * prefix; NamedThing when none matches.
     */
    public String category(String curie, Optional<String> oboNamespace, Optional<String> kind) {
        Optional<String> byNamespace = oboNamespace.map(n -> categories.get("namespace:" + n));
        if (byNamespace.isPresent()) {
            return byNamespace.get();
        }
        Optional<String> byKind = kind.map(k -> categories.get("kind:" + k));
        if (byKind.isPresent()) {
            return byKind.get();
        }
        int colon = curie.indexOf(':');
        return colon < 0
                ? FALLBACK_CATEGORY
                : categories.getOrDefault("prefix:" + curie.substring(0, colon), FALLBACK_CATEGORY);
    }

    private static List<List<String>> rows(Path file) {
        try {
            List<List<String>> rows = new ArrayList<>();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    List<String> cells = new ArrayList<>(List.of(line.split("\t", -1)));
                    while (cells.size() < 6) {
                        cells.add("");
                    }
                    rows.add(cells);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
