package org.msckg.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.msckg.server.limits.GuardedDatasetTest.count;

import java.time.Duration;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.QueryEngineFactoryWrapper;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.solver.QueryEngineTDB;
import org.junit.jupiter.api.Test;

class GuardedTdb2Test {
    private static final Limits HOUR = Limits.DEFAULTS.withQueryTimeout(Duration.ofHours(1));

    /** A chain of {@code n} nodes in one named graph and one triple in another. */
    private static DatasetGraph chain(int n) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < n; i++) {
                dsg.add(SSE.parseQuad("(<urn:g> <urn:s" + i + "> <urn:next> <urn:s" + (i + 1) + ">)"));
            }
            dsg.add(SSE.parseQuad("(<urn:h> <urn:s0> <urn:label> 'first')"));
        });
        return dsg;
    }

    @Test
    void tdb2sOwnEngineAnswersAsOverTheBareDataset() {
        DatasetGraph tdb = chain(1000);
        DatasetGraph guarded = new GuardedTdb2(tdb, HOUR, false);
        var query = QueryFactory.create("SELECT * { ?s ?p ?o }");
        assertInstanceOf(
                QueryEngineFactoryWrapper.class, QueryEngineRegistry.findFactory(query, guarded, guarded.getContext()));
        assertInstanceOf(
                QueryEngineTDB.getFactory().getClass(),
                QueryEngineRegistry.findFactory(query, tdb, guarded.getContext()));
        try (QueryDeadline d = QueryDeadline.start(Duration.ofSeconds(30))) {
            for (String where : new String[] {
                "{ GRAPH <urn:g> { ?s ?p ?o } }",
                "{ GRAPH ?g { ?s ?p ?o } }",
                "{ ?s ?p ?o }",
                "{ GRAPH <urn:g> { <urn:s0> <urn:next>+ ?o } }",
                "{ GRAPH ?g { ?s <urn:next>/<urn:next> ?o } }"
            }) {
                assertEquals(count(tdb, where), count(guarded, where), where);
            }
        }
    }

    @Test
    void theUnionOfTheNamedGraphsIsTheDefaultGraphWhenAsked() {
        DatasetGraph guarded = new GuardedTdb2(chain(10), HOUR, true);
        try (QueryDeadline d = QueryDeadline.start(Duration.ofSeconds(30))) {
            assertEquals(11, count(guarded, "{ ?s ?p ?o }"));
            assertEquals(10, count(guarded, "{ GRAPH <urn:g> { ?s ?p ?o } }"));
        }
        assertEquals(
                11, Txn.calculateRead(guarded, () -> guarded.getDefaultGraph().size()));
        DatasetGraph plain = new GuardedTdb2(chain(10), HOUR, false);
        assertEquals(0, Txn.calculateRead(plain, () -> plain.getDefaultGraph().size()));
    }

    @Test
    void aCrossProductIsCancelledInTdb2sScansOnceTheDeadlineHasPassed() {
        assertCancelledWithin300Ms("{ GRAPH <urn:g> { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } }");
    }

    @Test
    void aPropertyPathIsCancelledOnceTheDeadlineHasPassed() {
        assertCancelledWithin300Ms("{ GRAPH <urn:g> { ?a <urn:next>* ?b } }");
    }

    @Test
    void aGraphReadOutsideQueriesChecksTheDeadline() {
        DatasetGraph guarded = new GuardedTdb2(chain(1000), HOUR, true);
        try (QueryDeadline d = QueryDeadline.start(Duration.ZERO)) {
            assertThrows(
                    QueryCancelledException.class,
                    () -> Txn.executeRead(
                            guarded,
                            () -> guarded.getGraph(SSE.parseNode("<urn:g>"))
                                    .find()
                                    .forEach(t -> {})));
        }
    }

    @Test
    void serviceIsNotAllowed() {
        DatasetGraph guarded = new GuardedTdb2(chain(10), HOUR, false);
        assertThrows(
                RuntimeException.class, () -> count(guarded, "{ SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"));
    }

    private static void assertCancelledWithin300Ms(String where) {
        DatasetGraph guarded = new GuardedTdb2(chain(3000), HOUR, false);
        long start = System.nanoTime();
        try (QueryDeadline d = QueryDeadline.start(Duration.ofMillis(300))) {
            assertThrows(QueryCancelledException.class, () -> count(guarded, where));
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 1300, "cancelled after " + ms + " ms");
    }
}
