package org.msckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;
import org.msckg.bench.Engine;
import org.msckg.bench.EngineLauncher;
import org.msckg.bench.LoadGenerator;
import org.msckg.bench.VirtuosoServer;
import org.msckg.vocab.NamedGraphs;

/**
 * Graphs copied in pages from stores that give less than a graph per answer: a Virtuoso that cuts
 * every answer to {@value #VIRTUOSO_ROWS} rows without saying so (its ResultSetMaxRows, which the
 * Debian package sets to 10,000), and a Fuseki asked for pages of 4 triples. The fixture's chains
 * hang on blank nodes whose triples fall in different pages.
 */
class PagedGraphReaderIT {
    private static final int VIRTUOSO_ROWS = 10;
    private static final Path WORK = Fixtures.projectRoot().resolve("target/paged-graph-reader-it");
    private static final Dataset FIXTURE =
            RDFDataMgr.loadDataset(Fixtures.fixture("remote-store/chains.trig").toString());
    private static final LoadGenerator HTTP = new LoadGenerator();
    private static Engine fuseki;
    private static VirtuosoServer virtuoso;

    @BeforeAll
    static void startStoresAndPublish() {
        EngineLauncher launcher = new EngineLauncher(Fixtures.projectRoot(), WORK, HTTP);
        fuseki = launcher.writableFuseki("Fuseki (paged reads)");
        fusekiStore().publish(fixtureGraphs());
        virtuoso = WritableVirtuoso.start(() -> VirtuosoServer.start(WORK.resolve("virtuoso"), HTTP, VIRTUOSO_ROWS))
                .orElse(null);
        if (virtuoso != null) {
            virtuosoStore().publish(fixtureGraphs());
        }
    }

    @AfterAll
    static void stop() {
        if (fuseki != null) {
            fuseki.close();
        }
        if (virtuoso != null) {
            virtuoso.close();
        }
    }

    private static Map<NamedGraphs, Model> fixtureGraphs() {
        Map<NamedGraphs, Model> graphs = new EnumMap<>(NamedGraphs.class);
        for (NamedGraphs g : List.of(NamedGraphs.ASSERTED, NamedGraphs.INFERRED)) {
            graphs.put(g, FIXTURE.getNamedModel(g.iri()));
        }
        return graphs;
    }

    private static Graph fixture(NamedGraphs g) {
        return FIXTURE.asDatasetGraph().getGraph(g.node());
    }

    private static RemoteStore fusekiStore() {
        String dataset = fuseki.queryEndpoint().resolve("/ds").toString();
        return new RemoteStore(dataset, dataset);
    }

    private static RemoteStore virtuosoStore() {
        return new RemoteStore(
                virtuoso.queryEndpoint().toString(),
                virtuoso.graphStoreEndpoint().toString());
    }

    @Test
    void aGraphLargerThanVirtuososAnswersIsCopiedWhole() {
        assumeTrue(virtuoso != null, "Virtuoso is not installed here");
        String inferred =
                "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <%s> { ?s ?p ?o } }".formatted(NamedGraphs.INFERRED.iri());
        try (var exec = QueryExecHTTP.service(virtuoso.queryEndpoint().toString())
                .query(inferred)
                .build()) {
            assertTrue(
                    exec.construct().size() < fixture(NamedGraphs.INFERRED).size(),
                    "one answer holds part of the inferred graph only");
        }
        var copy = virtuosoStore().snapshot();
        for (NamedGraphs g : List.of(NamedGraphs.ASSERTED, NamedGraphs.INFERRED)) {
            assertTrue(copy.getGraph(g.node()).isIsomorphicWith(fixture(g)), g + ": " + copy.getGraph(g.node()));
        }
        assertTrue(copy.getGraph(NamedGraphs.BUILD.node()).isEmpty(), "a graph the store does not hold is empty");
    }

    @Test
    void pagesSmallerThanAGraphJoinIntoIt() {
        String dataset = fuseki.queryEndpoint().resolve("/ds").toString();
        Graph copy = new PagedGraphReader(dataset, 4).read(NamedGraphs.INFERRED.iri());
        assertEquals(fixture(NamedGraphs.INFERRED).size(), copy.size());
        assertTrue(copy.isIsomorphicWith(fixture(NamedGraphs.INFERRED)), copy.toString());
    }

    @Test
    void aStoreThatRefusesIsNamedWithTheGraph() {
        String nowhere = fuseki.queryEndpoint().resolve("/nowhere").toString();
        var e = assertThrows(
                RemoteStore.RemoteStoreException.class,
                () -> new PagedGraphReader(nowhere, 4).read(NamedGraphs.INFERRED.iri()));
        assertTrue(e.getMessage().startsWith("MSCKG-STO-002 the store at " + nowhere), e.getMessage());
        assertTrue(e.getMessage().contains("<" + NamedGraphs.INFERRED.iri() + ">"), e.getMessage());
    }
}
