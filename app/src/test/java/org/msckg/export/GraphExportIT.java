package org.msckg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.BuiltGraph;
import org.msckg.vocab.NamedGraphs;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;

/** Every export of the real graph loads back into Jena with the same triples (and the OWL one into OWL API). */
class GraphExportIT {
    @TempDir
    Path dir;

    private Path export(GraphExport.Format format, Optional<NamedGraphs> graph, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            GraphExport.write(BuiltGraph.dataset(), format, graph, out);
        }
        return file;
    }

    private static Graph built(NamedGraphs g) {
        return Txn.calculateRead(BuiltGraph.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            BuiltGraph.dataset().getGraph(g.node()).find().forEach(copy::add);
            return copy;
        });
    }

    private static void assertSameDataset(Path file) {
        DatasetGraph back = DatasetGraphFactory.createGeneral();
        RDFDataMgr.read(back, file.toString());
        for (NamedGraphs g : NamedGraphs.ALL) {
            Graph expected = built(g);
            Graph actual = back.getGraph(g.node());
            assertEquals(expected.size(), actual.size(), file.getFileName() + " " + g.shortName());
            assertTrue(expected.isIsomorphicWith(actual), file.getFileName() + " " + g.shortName());
        }
    }

    @Test
    void theNQuadsExportHasEveryNamedGraphWithTheSameTriples() throws IOException {
        assertSameDataset(export(GraphExport.Format.NQ, Optional.empty(), "msckg.nq"));
    }

    @Test
    void theJsonLdExportHasEveryNamedGraphWithTheSameTriples() throws IOException {
        assertSameDataset(export(GraphExport.Format.JSONLD, Optional.empty(), "msckg.jsonld"));
    }

    @Test
    void theTurtleExportOfTheAssertedGraphHasTheSameTriples() throws IOException {
        Graph back =
                RDFDataMgr.loadGraph(export(GraphExport.Format.TTL, Optional.of(NamedGraphs.ASSERTED), "asserted.ttl")
                        .toString());
        assertTrue(built(NamedGraphs.ASSERTED).isIsomorphicWith(back));
    }

    @Test
    void theOwlExportOfTheOntologyGraphHasTheSameTriplesAndLoadsIntoOwlApi()
            throws IOException, OWLOntologyCreationException {
        Path file = export(GraphExport.Format.OWL, Optional.of(NamedGraphs.ONTOLOGY), "msckg-ontology.owl");
        assertTrue(built(NamedGraphs.ONTOLOGY).isIsomorphicWith(RDFDataMgr.loadGraph(file.toString())));
        OWLOntology o = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(file.toFile());
        assertTrue(
                o.getClassesInSignature().size() > 100,
                "classes: " + o.getClassesInSignature().size());
    }

    @Test
    void theTurtleExportOfTheUnionHoldsEveryTripleOfEveryGraph() throws IOException {
        Graph back = RDFDataMgr.loadGraph(
                export(GraphExport.Format.TTL, Optional.empty(), "msckg.ttl").toString());
        Graph union = GraphFactory.createDefaultGraph();
        NamedGraphs.ALL.forEach(g -> built(g).find().forEach(union::add));
        assertEquals(union.size(), back.size());
        assertTrue(union.isIsomorphicWith(back));
    }
}
