package org.msckg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.Fixtures;
import org.msckg.StoredGraph;
import org.msckg.vocab.MSCKG;

/** {@code msckg export --format owl}: the release's OWL ontology without a graph, one graph with one. */
class ExportCommandIT {
    @TempDir
    static Path work;

    @BeforeAll
    static void storeTheBuiltGraph() {
        StoredGraph.publish(work.resolve("data"));
    }

    private static Model export(String... graph) {
        Path out = work.resolve("export-" + String.join("-", graph) + ".owl");
        List<String> args = new ArrayList<>(List.of(
                "export",
                "--format",
                "owl",
                "--out",
                out.toString(),
                "--project",
                Fixtures.projectRoot().toString(),
                "--data",
                work.resolve("data").toString()));
        if (graph.length > 0) {
            args.addAll(List.of("--graph", graph[0]));
        }
        assertEquals(0, MsckgCommand.commandLine().execute(args.toArray(String[]::new)));
        return RDFDataMgr.loadModel(out.toString());
    }

    @Test
    void owlWithoutAGraphIsTheReleaseOntologyWithOneHeaderAndNoClaims() {
        Model owl = export();
        assertEquals(
                1,
                owl.listSubjectsWithProperty(RDF.type, OWL2.Ontology).toList().size());
        assertTrue(owl.contains(null, OWL2.versionIRI, (RDFNode) null));
        assertFalse(owl.contains(null, MSCKG.evidence, (RDFNode) null), "no claim");
        assertFalse(owl.listSubjectsWithProperty(RDF.subject).hasNext(), "no reified statement");
        assertTrue(owl.contains(owl.createResource("http://purl.obolibrary.org/obo/CL_0000134"), RDF.type, OWL2.Class));
    }

    @Test
    void owlWithAGraphIsThatGraphAsRdfXml() {
        Model asserted = export("asserted");
        assertTrue(asserted.contains(null, MSCKG.evidence, (RDFNode) null));
    }
}
