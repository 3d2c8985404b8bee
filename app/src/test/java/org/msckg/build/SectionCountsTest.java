package org.msckg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;

class SectionCountsTest {
    @Test
    void countsTheClaimsOfEachSectionAndNotTheOtherRecordsThatNameOne() {
        Model asserted = ModelFactory.createDefaultModel();
        claim(asserted, "c1", "Kidney disease");
        claim(asserted, "c2", "Kidney disease");
        claim(asserted, "c3", "Table 2");
        asserted.createResource(MSCKG.PROTOCOL + "p1").addProperty(MSCKG.section, "Kidney disease");

        Map<String, Long> counted = new TreeMap<>();
        SectionCounts.of(asserted)
                .forEach((section, n) -> counted.put(section.asLiteral().getLexicalForm(), n));
        assertEquals(Map.of("Kidney disease", 2L, "Table 2", 1L), counted);
    }

    @Test
    void theCountsHangOnTheBuildRecordAsIntegers() {
        Model asserted = ModelFactory.createDefaultModel();
        claim(asserted, "c1", "Kidney disease");
        BuildRecord record = new BuildRecord(
                "2026-12-04T00:00:00Z", "0123456789abcdef0123", Map.of(NamedGraphs.ASSERTED, 2L), List.of());
        Model build = record.toModel().add(SectionCounts.toModel(record, SectionCounts.of(asserted)));
        String query = """
                PREFIX msckg: <%s>
                SELECT ?section ?n WHERE { <%s> msckg:sectionClaims [ msckg:section ?section ; msckg:claimCount ?n ]
                  FILTER(datatype(?n) = <http://www.w3.org/2001/XMLSchema#integer>) }""".formatted(MSCKG.SCHEMA, record.iri());
        try (var exec = QueryExecutionFactory.create(query, build)) {
            var row = exec.execSelect().next();
            assertEquals("Kidney disease", row.getLiteral("section").getLexicalForm());
            assertEquals(1, row.getLiteral("n").getInt());
        }
    }

    private static void claim(Model m, String id, String section) {
        Resource c = m.createResource(MSCKG.CLAIM + id);
        c.addProperty(RDF.subject, m.createResource(MSCKG.TERM + "0000004")).addProperty(MSCKG.section, section);
    }
}
