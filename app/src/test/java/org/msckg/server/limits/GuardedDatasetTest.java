package org.msckg.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.msckg.server.sparql.UnionDefaultGraph;

class GuardedDatasetTest {
    private static DatasetGraph thousandTriples() {
        return thousandTriples(DatasetGraphFactory.createTxnMem());
    }

    /** As the server's in-memory copy holds them: one in-memory graph per name. */
    private static DatasetGraph thousandTriplesInGraphs() {
        return thousandTriples(DatasetGraphFactory.create());
    }

    private static DatasetGraph thousandTriples(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 1000; i++) {
                dsg.add(SSE.parseQuad("(<urn:g> <urn:s" + i + "> <urn:p> " + i + ")"));
            }
        });
        return dsg;
    }

    static long count(DatasetGraph dsg, String where) {
        return Txn.calculateRead(dsg, () -> {
            try (var exec = QueryExec.newBuilder()
                    .dataset(dsg)
                    .query("SELECT (COUNT(*) AS ?n) WHERE " + where)
                    .build()) {
                return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
            }
        });
    }

    @Test
    void aQueryWithinItsDeadlineAnswersAsOverTheBareDataset() {
        DatasetGraph guarded =
                new GuardedDataset(thousandTriples(), Limits.DEFAULTS.withQueryTimeout(Duration.ofSeconds(30)));
        try (QueryDeadline d = QueryDeadline.start(Duration.ofSeconds(30))) {
            assertEquals(1000, count(guarded, "{ GRAPH <urn:g> { ?s ?p ?o } }"));
            assertEquals(1000, count(guarded, "{ GRAPH ?g { ?s ?p ?o } }"));
        }
    }

    @Test
    void aCrossProductIsCancelledOnceTheDeadlineHasPassed() {
        DatasetGraph guarded =
                new GuardedDataset(thousandTriples(), Limits.DEFAULTS.withQueryTimeout(Duration.ofHours(1)));
        long start = System.nanoTime();
        try (QueryDeadline d = QueryDeadline.start(Duration.ofMillis(300))) {
            assertThrows(
                    QueryCancelledException.class,
                    () -> count(guarded, "{ GRAPH <urn:g> { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } }"));
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 1300, "cancelled after " + ms + " ms");
    }

    @Test
    void overGraphsHeldInMemoryACrossProductIsCancelledToo() {
        DatasetGraph guarded = new GuardedDataset(
                new UnionDefaultGraph(thousandTriplesInGraphs()),
                Limits.DEFAULTS.withQueryTimeout(Duration.ofHours(1)));
        try (QueryDeadline d = QueryDeadline.start(Duration.ofSeconds(30))) {
            assertEquals(1000, count(guarded, "{ GRAPH <urn:g> { ?s ?p ?o } }"));
        }
        try (QueryDeadline d = QueryDeadline.start(Duration.ofMillis(300))) {
            assertThrows(
                    QueryCancelledException.class,
                    () -> count(guarded, "{ GRAPH <urn:g> { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } }"));
        }
    }

    @Test
    void aGraphTheDatasetDoesNotHoldIsEmptyAndNotAdded() {
        DatasetGraph copy = thousandTriplesInGraphs();
        DatasetGraph guarded = new GuardedDataset(
                new UnionDefaultGraph(copy), Limits.DEFAULTS.withQueryTimeout(Duration.ofSeconds(30)));
        try (QueryDeadline d = QueryDeadline.start(Duration.ofSeconds(30))) {
            assertEquals(0, count(guarded, "{ GRAPH <urn:absent> { ?s ?p ?o } }"));
        }
        assertEquals(List.of(NodeFactory.createURI("urn:g")), Iter.toList(copy.listGraphNodes()));
    }

    @Test
    void anInnerDeadlineNeverExtendsAnOuterOne() {
        DatasetGraph guarded =
                new GuardedDataset(thousandTriples(), Limits.DEFAULTS.withQueryTimeout(Duration.ofHours(1)));
        try (QueryDeadline outer = QueryDeadline.start(Duration.ofMillis(200));
                QueryDeadline inner = QueryDeadline.start(Duration.ofHours(1))) {
            assertThrows(
                    QueryCancelledException.class,
                    () -> count(guarded, "{ GRAPH <urn:g> { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } }"));
        }
    }

    @Test
    void serviceIsNotAllowed() {
        DatasetGraph guarded =
                new GuardedDataset(thousandTriples(), Limits.DEFAULTS.withQueryTimeout(Duration.ofSeconds(5)));
        assertThrows(
                RuntimeException.class, () -> count(guarded, "{ SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"));
    }
}
