package org.msckg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.build.ProjectLayout;
import org.msckg.curate.Citations;
import org.msckg.curate.Directive;
import org.msckg.curate.TsvTable;
import org.msckg.query.named.NamedQueryCatalog;
import org.msckg.query.named.QueryRunner;
import org.msckg.server.limits.Limits;

/** The lookup queries answer exactly what the curated tables say, read here straight from the TSV files. */
class LookupQueriesIT {
    private static final QueryRunner RUNNER = new QueryRunner(
            BuiltGraph::dataset,
            NamedQueryCatalog.load(Fixtures.projectRoot().resolve("queries")),
            Limits.DEFAULTS.withMaxRows(100_000));

    /** The claim IDs of the curated rows a predicate on (directive kind -> cell) accepts. */
    private static Set<String> curatedClaims(Predicate<Map<Directive.Kind, String>> accept) {
        Set<String> ids = new TreeSet<>();
        for (var file : new ProjectLayout(Fixtures.projectRoot()).claimTables()) {
            TsvTable t = TsvTable.read(file);
            List<Directive.Kind> kinds = t.directives().stream()
                    .map(d -> Directive.parse(d).orElseThrow().kind())
                    .toList();
            if (!kinds.contains(Directive.Kind.SUBJECT)) {
                continue;
            }
            for (TsvTable.Row r : t.rows()) {
                Map<Directive.Kind, String> cells = new java.util.EnumMap<>(Directive.Kind.class);
                for (Directive.Kind k : List.of(
                        Directive.Kind.ID, Directive.Kind.SUBJECT, Directive.Kind.OBJECT, Directive.Kind.CITE)) {
                    cells.put(k, r.cell(kinds.indexOf(k)));
                }
                if (accept.test(cells)) {
                    ids.add(cells.get(Directive.Kind.ID));
                }
            }
        }
        return ids;
    }

    private static Set<String> claimsOf(String query, Map<String, String> args) {
        return RUNNER.run(query, args).rows().stream()
                .map(r -> r.get("claim"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void claimsCitingReferenceSixtyFourAreTheRowsThatCiteIt() {
        Set<String> expected = curatedClaims(c ->
                Citations.parse(c.get(Directive.Kind.CITE)).orElse(List.of()).contains(64));
        assertTrue(expected.size() >= 10, expected.toString());
        assertEquals(expected, claimsOf("claims-citing-reference", Map.of("reference", "ref:64")));
    }

    @Test
    void claimsAboutIpscMscsAreTheRowsWithItAsSubjectOrObject() {
        Set<String> expected = curatedClaims(c -> "MSCKG:0000004".equals(c.get(Directive.Kind.SUBJECT))
                || "MSCKG:0000004".equals(c.get(Directive.Kind.OBJECT)));
        assertTrue(expected.size() >= 100, expected.toString());
        assertEquals(expected, claimsOf("claims-about-term", Map.of("term", "MSCKG:0000004")));
    }

    @Test
    void claimsPerSectionCountTheCuratedRowsOfEachSection() {
        Map<String, Long> expected = new java.util.TreeMap<>();
        for (var file : new ProjectLayout(Fixtures.projectRoot()).claimTables()) {
            TsvTable t = TsvTable.read(file);
            List<Directive> directives = t.directives().stream()
                    .map(d -> Directive.parse(d).orElseThrow())
                    .toList();
            int subject = directives.stream().map(Directive::kind).toList().indexOf(Directive.Kind.SUBJECT);
            int section = directives.stream()
                    .map(d -> d.property().orElse(""))
                    .toList()
                    .indexOf("msckg:section");
            if (subject >= 0) {
                t.rows().forEach(r -> expected.merge(r.cell(section), 1L, Long::sum));
            }
        }
        Map<String, Long> counted = new java.util.TreeMap<>();
        RUNNER.run("claims-per-section", Map.of())
                .rows()
                .forEach(r -> counted.put(r.get("section"), Long.parseLong(r.get("claims"))));
        assertEquals(expected, counted);
    }

    @Test
    void theSubclassesOfHpscMscsAreTheTermsWhoseParentsInTheTermTablesLeadToIt() {
        Map<String, Set<String>> parents = new java.util.HashMap<>();
        for (var file : new ProjectLayout(Fixtures.projectRoot()).termTables()) {
            TsvTable t = TsvTable.read(file);
            List<Directive> directives = t.directives().stream()
                    .map(d -> Directive.parse(d).orElseThrow())
                    .toList();
            int id = directives.stream().map(Directive::kind).toList().indexOf(Directive.Kind.ID);
            int sc = directives.stream().map(Directive::kind).toList().indexOf(Directive.Kind.SC);
            t.rows()
                    .forEach(r -> parents.put(
                            r.cell(id), Set.copyOf(directives.get(sc).values(r.cell(sc)))));
        }
        Set<String> expected = parents.keySet().stream()
                .filter(term -> reaches(term, "MSCKG:0000002", parents))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(
                expected.containsAll(Set.of("MSCKG:0000003", "MSCKG:0000004", "MSCKG:0000012")), expected.toString());
        Set<String> classes = RUNNER.run("subclasses-of", Map.of("class", "MSCKG:0000002")).rows().stream()
                .map(r -> r.get("class"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, classes);
    }

    private static boolean reaches(String term, String ancestor, Map<String, Set<String>> parents) {
        for (String p : parents.getOrDefault(term, Set.of())) {
            if (p.equals(ancestor) || reaches(p, ancestor, parents)) {
                return true;
            }
        }
        return false;
    }
}
