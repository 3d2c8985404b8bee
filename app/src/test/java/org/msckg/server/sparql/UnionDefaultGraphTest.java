package org.msckg.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnionDefaultGraphTest {
    /** Two named graphs sharing one triple; nothing in the stored default graph. */
    private static final String QUADS = """
            (dataset
              (graph <urn:g1> (<urn:a> <urn:p> <urn:b>) (<urn:shared> <urn:p> <urn:c>))
              (graph <urn:g2> (<urn:d> <urn:p> <urn:e>) (<urn:shared> <urn:p> <urn:c>)))""";

    static List<DatasetGraph> stores() {
        DatasetGraph tdb2 = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(tdb2, () -> SSE.parseDatasetGraph(QUADS).find().forEachRemaining(tdb2::add));
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(mem, () -> SSE.parseDatasetGraph(QUADS).find().forEachRemaining(mem::add));
        return List.of(tdb2, mem);
    }

    private static long count(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe =
                    QueryExecutionFactory.create(QueryFactory.create(query), DatasetFactory.wrap(dsg))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theDefaultGraphIsTheUnionOfTheNamedGraphsEachTripleOnce(DatasetGraph stored) {
        DatasetGraph view = new UnionDefaultGraph(stored);
        assertEquals(0, count(stored, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
        assertEquals(3, count(view, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
        assertEquals(1, count(view, "SELECT (COUNT(*) AS ?n) WHERE { <urn:shared> ?p ?o }"));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void namedGraphsAnswerAsStored(DatasetGraph stored) {
        DatasetGraph view = new UnionDefaultGraph(stored);
        for (String q : List.of(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:g1> { ?s ?p ?o } }",
                "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }")) {
            assertEquals(count(stored, q), count(view, q), q);
        }
        assertEquals(4, count(view, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
        Txn.executeRead(stored, () -> {
            assertTrue(view.contains(
                    Quad.defaultGraphIRI,
                    SSE.parseNode("<urn:d>"),
                    SSE.parseNode("<urn:p>"),
                    SSE.parseNode("<urn:e>")));
            assertFalse(view.contains(
                    SSE.parseNode("<urn:g1>"),
                    SSE.parseNode("<urn:d>"),
                    SSE.parseNode("<urn:p>"),
                    SSE.parseNode("<urn:e>")));
        });
    }
}
