package org.msckg.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;

class SssomMappingsTest {
    private final Model ontology =
            RDFDataMgr.loadModel(Fixtures.fixture("link/mappings.ttl").toString());

    private List<String> rows() {
        return SssomMappings.from(ontology, ontology).stream()
                .map(m -> m.subjectId() + " " + m.predicateId() + " " + m.objectId())
                .toList();
    }

    @Test
    void curatedMatchesAndSubclassAxiomsKeepTheirPredicate() {
        assertEquals(
                List.of(
                        "MSCKG:0000004 rdfs:subClassOf CL:0000134",
                        "MSCKG:0000004 skos:closeMatch CL:0002248",
                        "MSCKG:0000101 rdfs:subPropertyOf RO:0003000",
                        "MSCKG:0000200 skos:exactMatch MONDO:0005300"),
                rows());
    }

    @Test
    void projectParentsExternalSubjectsAndRestrictionsAreNotMappings() {
        assertTrue(rows().stream().noneMatch(r -> r.contains("MSCKG:0000002")), "a project parent is no mapping");
        assertTrue(rows().stream().noneMatch(r -> r.startsWith("CL:")), "an external subject is no project mapping");
        assertTrue(rows().stream().noneMatch(r -> r.contains("RO:0002202")), "a restriction is no mapping");
    }

    @Test
    void theTsvHasTheMetadataBlockTheHeaderAndOneJustifiedRowPerMapping() {
        String tsv = SssomMappings.toTsv(
                SssomMappings.from(ontology, ontology), new SssomMappings.SetMetadata("0.1.0", "2026-12-02"));
        List<String> lines = tsv.lines().toList();
        assertEquals("# curie_map:", lines.get(0));
        assertTrue(lines.contains("#   semapv: \"https://w3id.org/semapv/vocab/\""));
        assertTrue(lines.contains("#   MONDO: \"http://purl.obolibrary.org/obo/MONDO_\""));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("# mapping_set_id: ")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("# license: ")));
        assertTrue(lines.contains("# mapping_set_version: \"0.1.0\""));
        assertTrue(lines.contains("# mapping_date: \"2026-12-02\""));
        assertTrue(lines.contains("#   - \"msckg curators\""));
        List<String> table = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(String.join("\t", SssomMappings.COLUMNS), table.get(0));
        assertEquals(5, table.size());
        assertTrue(table.stream().skip(1).allMatch(l -> l.split("\t", -1)[5].equals("semapv:ManualMappingCuration")));
        assertTrue(
                table.contains("MSCKG:0000004\tiPSC-MSC\trdfs:subClassOf\tCL:0000134\tmesenchymal stem cell"
                        + "\tsemapv:ManualMappingCuration\tcurated rdfs:subClassOf in terms.tsv:3"),
                table.toString());
    }
}
