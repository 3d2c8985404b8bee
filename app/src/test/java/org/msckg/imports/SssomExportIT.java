package org.msckg.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.msckg.BuiltGraph;
import org.msckg.vocab.NamedGraphs;

/**
 * The SSSOM export of the real graph, read back as SSSOM (CURIEs expanded with its own curie_map),
 * gives as triples exactly the curated project-to-external links of the ontology graph.
 */
class SssomExportIT {
    private static final Pattern CURIE_MAP_ENTRY = Pattern.compile("^#\\s{2,}(\\w+): \"([^\"]+)\"$");
    private static final String EXPECTED = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            CONSTRUCT { ?s ?mapping ?o } WHERE {
              { ?s ?mapping ?o VALUES ?mapping { rdfs:subClassOf rdfs:subPropertyOf skos:exactMatch skos:closeMatch skos:broadMatch skos:narrowMatch
                                                 skos:relatedMatch owl:equivalentClass owl:equivalentProperty } }
              FILTER(isIRI(?o) && STRSTARTS(STR(?s), "https://w3id.org/msckg/MSCKG_")
                     && (STRSTARTS(STR(?o), "http://purl.obolibrary.org/obo/") || STRSTARTS(STR(?o), "http://identifiers.org/hgnc/")))
            }""";

    private static Model readBack(String tsv) {
        Map<String, String> curieMap = new HashMap<>();
        Model m = ModelFactory.createDefaultModel();
        List<String> lines = tsv.lines().toList();
        lines.stream()
                .map(CURIE_MAP_ENTRY::matcher)
                .filter(Matcher::matches)
                .forEach(x -> curieMap.put(x.group(1), x.group(2)));
        List<String> table = lines.stream().filter(l -> !l.startsWith("#")).toList();
        List<String> header = List.of(table.get(0).split("\t"));
        for (String row : table.subList(1, table.size())) {
            String[] cells = row.split("\t", -1);
            assertEquals(header.size(), cells.length, row);
            assertEquals("semapv:ManualMappingCuration", cells[header.indexOf("mapping_justification")], row);
            m.add(
                    m.createResource(expand(curieMap, cells[header.indexOf("subject_id")])),
                    m.createProperty(expand(curieMap, cells[header.indexOf("predicate_id")])),
                    m.createResource(expand(curieMap, cells[header.indexOf("object_id")])));
        }
        return m;
    }

    private static String expand(Map<String, String> curieMap, String curie) {
        String prefix = curie.substring(0, curie.indexOf(':'));
        String ns = curieMap.get(prefix);
        if (ns == null) {
            throw new AssertionError("prefix " + prefix + " of " + curie + " is not in the curie_map");
        }
        return ns + curie.substring(prefix.length() + 1);
    }

    @Test
    void theSssomExportReadBackGivesTheCuratedLinksOfTheOntologyGraph() {
        Model ontology = BuiltGraph.result().graphs().get(NamedGraphs.ONTOLOGY);
        Model imports = BuiltGraph.result().graphs().get(NamedGraphs.IMPORTS);
        String tsv = SssomMappings.toTsv(
                SssomMappings.from(ontology, ontology.union(imports)),
                new SssomMappings.SetMetadata("0.1.0", "2026-12-02"));
        Model back = readBack(tsv);
        Model expected = QueryExecutionFactory.create(EXPECTED, ontology).execConstruct();
        assertTrue(back.size() > 100, "mappings: " + back.size());
        assertTrue(
                expected.isIsomorphicWith(back),
                "expected " + expected.size() + " mappings, read back " + back.size() + "; missing "
                        + expected.difference(back).listStatements().toList() + "; extra "
                        + back.difference(expected).listStatements().toList());
    }

    @Test
    void everyMappedExternalTermHasItsLabelInTheExport() {
        Model ontology = BuiltGraph.result().graphs().get(NamedGraphs.ONTOLOGY);
        Model imports = BuiltGraph.result().graphs().get(NamedGraphs.IMPORTS);
        List<SssomMappings.Mapping> mappings = SssomMappings.from(ontology, ontology.union(imports));
        assertTrue(
                mappings.stream()
                        .allMatch(m ->
                                !m.subjectLabel().isEmpty() && !m.objectLabel().isEmpty()),
                mappings.stream()
                        .filter(m -> m.objectLabel().isEmpty())
                        .map(SssomMappings.Mapping::objectId)
                        .toList()
                        .toString());
    }
}
