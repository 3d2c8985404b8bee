package org.msckg.query.named;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.server.limits.Limits;

/**
 * queries/findings-for-disease-in-organism.rq, written with OBO classes only, over the real graph:
 * MONDO's kidney disorder finds the review's findings on its subclasses through the materialized
 * hierarchy. The expected rows are those of the committed ontology/claims tables.
 */
class FindingsForDiseaseInOrganismIT {
    private static final String QUERY = "findings-for-disease-in-organism";
    private static QueryRunner runner;

    @BeforeAll
    static void load() {
        runner = new QueryRunner(
                BuiltGraph::dataset,
                NamedQueryCatalog.load(Fixtures.projectRoot().resolve("queries")),
                Limits.DEFAULTS);
    }

    private static List<String> claims(Map<String, String> args) {
        return runner.run(QUERY, args).rows().stream()
                .map(r -> r.get("claim"))
                .distinct()
                .toList();
    }

    @Test
    void theQueryIsDescribedWithItsTwoParameters() {
        NamedQuery q = runner.catalog().get(QUERY).orElseThrow();
        assertFalse(q.summary().isEmpty());
        assertEquals(
                List.of("disease", "organism"),
                q.parameters().stream().map(NamedQuery.Parameter::name).toList());
        assertEquals("MONDO:0005240", q.parameters().get(0).defaultValue());
        assertEquals("NCBITaxon:10116", q.parameters().get(1).defaultValue());
        assertFalse(q.text().contains("MSCKG_"), "the query names no project term");
    }

    @Test
    void kidneyDisorderInRatFindsTheChronicKidneyDiseaseFindingsThroughTheMondoHierarchy() {
        QueryRunner.Result r = runner.run(QUERY, Map.of());
        assertEquals(
                List.of(
                        "claim",
                        "subject",
                        "subjectLabel",
                        "relation",
                        "relationLabel",
                        "object",
                        "objectLabel",
                        "model",
                        "modelLabel",
                        "organism",
                        "organismLabel"),
                r.columns());
        assertEquals(
                List.of(
                        Map.of(
                                "claim",
                                "claim:APK-034",
                                "subject",
                                "MSCKG:0000004",
                                "relation",
                                "MSCKG:0000102",
                                "object",
                                "MONDO:0005300",
                                "model",
                                "MONDO:0005300",
                                "organism",
                                "NCBITaxon:10116"),
                        Map.of(
                                "claim",
                                "claim:T2-01",
                                "subject",
                                "MSCKG:0000004",
                                "relation",
                                "MSCKG:0000102",
                                "object",
                                "MONDO:0005300",
                                "model",
                                "MONDO:0005300",
                                "organism",
                                "NCBITaxon:10116")),
                r.rows().stream()
                        .map(row -> {
                            Map<String, String> ids = new java.util.LinkedHashMap<>(row);
                            ids.keySet().removeIf(column -> column.endsWith("Label"));
                            return ids;
                        })
                        .toList(),
                "the labels aside");
    }

    @Test
    void rodentsWidenTheOrganismToMouseModelsOfLupusNephritisAndAcuteKidneyInjuryWithoutOtherDiseases() {
        List<String> rodent = claims(Map.of("organism", "NCBITaxon:9989"));
        assertTrue(rodent.containsAll(List.of("claim:APK-034", "claim:T2-01", "claim:APK-004")), rodent.toString());
        assertFalse(rodent.contains("claim:APN-021"), "Alzheimer disease in rat is not a kidney disorder");
        assertFalse(claims(Map.of()).contains("claim:APK-004"), "lupus nephritis was studied in mice, not rats");
    }

    @Test
    void theDiseaseItselfMatchesAsWellAsItsSubclasses() {
        assertEquals(List.of("claim:APK-034", "claim:T2-01"), claims(Map.of("disease", "MONDO:0005300")));
        assertEquals(List.of(), claims(Map.of("disease", "MONDO:0005556")), "no lupus nephritis finding in rats");
    }
}
