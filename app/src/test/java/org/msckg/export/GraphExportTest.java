package org.msckg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;
import org.msckg.vocab.NamedGraphs;

class GraphExportTest {
    private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();

    GraphExportTest() {
        RDFDataMgr.read(dataset, Fixtures.fixture("export/two-graphs.trig").toString());
    }

    private byte[] export(GraphExport.Format format, Optional<NamedGraphs> graph) {
        var out = new ByteArrayOutputStream();
        GraphExport.write(dataset, format, graph, out);
        return out.toByteArray();
    }

    private static DatasetGraph readDataset(byte[] bytes, Lang lang) {
        DatasetGraph d = DatasetGraphFactory.createGeneral();
        RDFDataMgr.read(d, new ByteArrayInputStream(bytes), lang);
        return d;
    }

    private static Graph readGraph(byte[] bytes, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, new ByteArrayInputStream(bytes), lang);
        return g;
    }

    private Graph union() {
        Graph g = GraphFactory.createDefaultGraph();
        dataset.listGraphNodes()
                .forEachRemaining(n -> dataset.getGraph(n).find().forEach(g::add));
        return g;
    }

    private Graph graph(NamedGraphs g) {
        return dataset.getGraph(g.node());
    }

    @Test
    void nQuadsAndJsonLdKeepEveryNamedGraphWithItsTriples() {
        for (var f : new Object[][] {{GraphExport.Format.NQ, Lang.NQUADS}, {GraphExport.Format.JSONLD, Lang.JSONLD}}) {
            DatasetGraph back = readDataset(export((GraphExport.Format) f[0], Optional.empty()), (Lang) f[1]);
            for (NamedGraphs g : NamedGraphs.ALL) {
                assertTrue(graph(g).isIsomorphicWith(back.getGraph(g.node())), f[0] + " " + g);
            }
            assertTrue(back.getDefaultGraph().isEmpty(), f[0] + ": nothing lands in the default graph");
        }
    }

    @Test
    void turtleAndRdfXmlOfOneGraphHoldThatGraphOnly() {
        for (var f : new Object[][] {{GraphExport.Format.TTL, Lang.TURTLE}, {GraphExport.Format.OWL, Lang.RDFXML}}) {
            Graph back = readGraph(export((GraphExport.Format) f[0], Optional.of(NamedGraphs.ONTOLOGY)), (Lang) f[1]);
            assertTrue(graph(NamedGraphs.ONTOLOGY).isIsomorphicWith(back), f[0].toString());
            assertFalse(
                    back.contains(NodeFactory.createURI("https://w3id.org/msckg/claim/T-1"), null, null),
                    f[0] + ": the asserted graph's claim is not in the ontology export");
        }
    }

    @Test
    void turtleAndRdfXmlWithoutAGraphHoldTheUnionOfAllGraphs() {
        for (var f : new Object[][] {{GraphExport.Format.TTL, Lang.TURTLE}, {GraphExport.Format.OWL, Lang.RDFXML}}) {
            Graph back = readGraph(export((GraphExport.Format) f[0], Optional.empty()), (Lang) f[1]);
            assertTrue(union().isIsomorphicWith(back), f[0].toString());
        }
        assertEquals(11, union().size());
    }

    @Test
    void aOneGraphNQuadsExportNamesOnlyThatGraph() {
        DatasetGraph back = readDataset(export(GraphExport.Format.NQ, Optional.of(NamedGraphs.ASSERTED)), Lang.NQUADS);
        assertTrue(graph(NamedGraphs.ASSERTED).isIsomorphicWith(back.getGraph(NamedGraphs.ASSERTED.node())));
        assertTrue(back.getGraph(NamedGraphs.ONTOLOGY.node()).isEmpty());
    }

    @Test
    void formatsAreNamedCaseInsensitivelyAndUnknownOnesAreRefused() {
        assertEquals(Optional.of(GraphExport.Format.JSONLD), GraphExport.Format.named("JsonLD"));
        assertTrue(GraphExport.Format.named("rdfxml").isEmpty());
    }
}
