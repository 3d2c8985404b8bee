package org.msckg.query.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.msckg.query.terms.Ref;
import org.msckg.vocab.Prefixes;

/**
 * Where one page of an entity's findings under a filter lies, with the values of each facet and how
 * many findings each would leave (counted under the other facets' choices, as faceted search does).
 *
 * @param total the findings that pass the filter, on every page
 * @param unfiltered the entity's findings without a filter
 */
public record Findings(int total, int unfiltered, int page, int pageSize, int pages, List<Facet> facets) {

    /** The findings of one page and where they lie. */
    record Page(List<Claim> claims, Findings findings) {}

    /**
     * A claim about the entity with what a page sorts and filters by: read for each of the entity's
     * claims (tens of thousands for a class at x1000), while the page reads its own claims in full.
     */
    record Claim(
            Node claim,
            String curie,
            String role,
            String relation,
            List<Ref> organisms,
            Ref studyType,
            String section,
            Ref certainty) {}

    public record Facet(String name, String title, List<FacetValue> values) {}

    /** @param value the CURIE (or the section's text) to filter on */
    public record FacetValue(String value, String label, long count, boolean selected) {}

    private record Dimension(String name, String title, Function<Claim, List<Ref>> values) {}

    private static final List<Dimension> DIMENSIONS = List.of(
            new Dimension("organism", "Organism", Claim::organisms),
            new Dimension("studyType", "Study type", c -> optional(c.studyType())),
            new Dimension(
                    "section",
                    "Section",
                    c -> c.section().isEmpty()
                            ? List.of()
                            : Stream.of(c.section().split("; "))
                                    .map(s -> new Ref(s, s))
                                    .toList()),
            new Dimension("certainty", "Certainty", c -> optional(c.certainty())));

    static Page of(List<Claim> all, EntityFilter filter) {
        List<Claim> passing = all.stream().filter(c -> passes(c, filter)).toList();
        int pages = Math.max(1, (passing.size() + filter.pageSize() - 1) / filter.pageSize());
        int page = Math.min(filter.page(), pages);
        int from = (page - 1) * filter.pageSize();
        List<Claim> shown = passing.subList(from, Math.min(passing.size(), from + filter.pageSize()));
        List<Facet> facets = new ArrayList<>();
        for (Dimension d : DIMENSIONS) {
            EntityFilter others = filter.without(d.name());
            Map<String, FacetValue> values = new LinkedHashMap<>();
            all.stream()
                    .filter(c -> passes(c, others))
                    .forEach(c -> d.values().apply(c).forEach(r -> {
                        values.merge(
                                r.curie(),
                                new FacetValue(
                                        r.curie(),
                                        r.label().isEmpty() ? r.curie() : r.label(),
                                        1,
                                        selected(filter, d, r)),
                                (a, b) -> new FacetValue(a.value(), a.label(), a.count() + 1, a.selected()));
                    }));
            facets.add(new Facet(
                    d.name(),
                    d.title(),
                    values.values().stream()
                            .sorted(Comparator.comparingLong(FacetValue::count)
                                    .reversed()
                                    .thenComparing(FacetValue::label))
                            .toList()));
        }
        return new Page(shown, new Findings(passing.size(), all.size(), page, filter.pageSize(), pages, facets));
    }

    private static boolean passes(Claim c, EntityFilter filter) {
        return DIMENSIONS.stream().allMatch(d -> {
            String wanted = filter.get(d.name());
            return wanted.isEmpty() || d.values().apply(c).stream().anyMatch(r -> matches(d, r, wanted));
        });
    }

    private static boolean selected(EntityFilter filter, Dimension d, Ref r) {
        String wanted = filter.get(d.name());
        return !wanted.isEmpty() && matches(d, r, wanted);
    }

    /** Sections match by their text, entities by their IRI. */
    private static boolean matches(Dimension d, Ref r, String wanted) {
        return d.name().equals("section")
                ? r.curie().equals(wanted)
                : Prefixes.expand(r.curie()).map(wanted::equals).orElse(false);
    }

    private static List<Ref> optional(Ref r) {
        return r == null ? List.of() : List.of(r);
    }
}
