package org.msckg.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.msckg.server.sparql.UnionDefaultGraph;

class GraphLookupsTest {
    private static final Limits LIMITS = Limits.DEFAULTS.withQueryTimeout(Duration.ofSeconds(30));

    private static DatasetGraph data() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            for (String quad : List.of(
                    "(<urn:g1> <urn:a> <urn:p> <urn:b>)",
                    "(<urn:g1> <urn:b> <urn:p> <urn:c>)",
                    "(<urn:g1> <urn:a> <urn:label> 'a')",
                    "(<urn:g2> <urn:a> <urn:label> 'a')",
                    "(<urn:g2> <urn:b> <urn:label> 'b'@en)",
                    "(<urn:g2> <urn:b> <urn:label> 'b2')",
                    "(<urn:g2> <urn:x> <urn:p> <urn:x>)",
                    "(<urn:g2> <urn:g1> <urn:p> <urn:c>)",
                    "(_:default <urn:c> <urn:label> 'c')")) {
                Quad q = SSE.parseQuad(quad);
                dsg.add(q.getGraph().isBlank() ? Quad.create(Quad.defaultGraphIRI, q.asTriple()) : q);
            }
        });
        return dsg;
    }

    private static List<String> rows(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryDeadline d = QueryDeadline.start(Duration.ofSeconds(30));
                    var exec = QueryExec.newBuilder().dataset(dsg).query(query).build()) {
                List<String> rows = new ArrayList<>();
                exec.select().forEachRemaining(b -> {
                    List<String> row = new ArrayList<>();
                    b.forEach((var, value) -> row.add(var + "=" + value));
                    row.sort(null);
                    rows.add(row.toString());
                });
                rows.sort(null);
                return rows;
            }
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT * { GRAPH ?g { ?s <urn:label> ?l } }",
                "SELECT * { ?s <urn:p> ?o OPTIONAL { GRAPH ?g { ?o <urn:label> ?l } } }",
                "SELECT * { GRAPH <urn:g1> { ?s ?p ?o } }",
                "SELECT * { GRAPH <urn:none> { ?s ?p ?o } }",
                "SELECT * { GRAPH ?g { ?x ?p ?x } }",
                "SELECT * { GRAPH ?g { ?g ?p ?o } }",
                "SELECT * { VALUES ?g { 'literal' <urn:g2> } GRAPH ?g { ?s ?p ?o } }",
                "SELECT * { GRAPH ?g { ?s <urn:label> ?l } FILTER(lang(?l) = 'en') }",
                "SELECT ?s (COUNT(?g) AS ?n) { GRAPH ?g { ?s <urn:label> ?l } } GROUP BY ?s",
                "SELECT * { GRAPH ?g { ?s <urn:p> ?o . ?o ?q ?r } }",
                "SELECT * { ?s ?p ?o }"
            })
    void answersAsArqsOwnEngineOverTheSameView(String query) {
        DatasetGraph data = data();
        assertEquals(
                rows(new UnionDefaultGraph(data), query),
                rows(new GuardedDataset(new UnionDefaultGraph(data), LIMITS), query),
                query);
    }

    @Test
    void aVariableGraphIsOneLookupPerBindingWhateverTheNumberOfGraphs() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            for (int g = 0; g < 50; g++) {
                dsg.add(SSE.parseQuad("(<urn:g" + g + "> <urn:t" + g + "> <urn:label> 'label " + g + "')"));
            }
            for (int s = 0; s < 3; s++) {
                dsg.add(SSE.parseQuad("(<urn:claims> <urn:c" + s + "> <urn:about> <urn:t" + s + ">)"));
            }
        });
        AtomicInteger lookups = new AtomicInteger();
        DatasetGraph counted = new ViewWrapper(dsg) {
            @Override
            public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
                lookups.incrementAndGet();
                return super.find(g, s, p, o);
            }

            @Override
            public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
                lookups.incrementAndGet();
                return super.findNG(g, s, p, o);
            }

            @Override
            public org.apache.jena.graph.Graph getGraph(Node graphNode) {
                lookups.incrementAndGet();
                return super.getGraph(graphNode);
            }
        };
        String query =
                "SELECT * { GRAPH <urn:claims> { ?c <urn:about> ?t } OPTIONAL { GRAPH ?g { ?t <urn:label> ?l } } }";
        List<String> rows = rows(new GuardedDataset(counted, LIMITS), query);
        assertEquals(3, rows.size(), rows.toString());
        assertEquals(4, lookups.get(), "one lookup for the claims, one per claim for its label");
    }
}
