package org.msckg.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatternOrdersTest {
    private static final BasicPattern CLAIM =
            SSE.parseBGP("(bgp (?c <urn:subject> ?s) (?c <urn:object> ?o) (?s ?p ?t) (?c <urn:evidence> ?e))");

    private static DatasetGraph data() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        for (String quad : List.of(
                "(<urn:g> <urn:c1> <urn:subject> <urn:a>)",
                "(<urn:g> <urn:c1> <urn:object> <urn:b>)",
                "(<urn:g> <urn:c1> <urn:evidence> 'one')",
                "(<urn:g> <urn:c1> <urn:evidence> 'two')",
                "(<urn:g> <urn:c2> <urn:subject> <urn:b>)",
                "(<urn:g> <urn:c2> <urn:object> <urn:a>)",
                "(<urn:g> <urn:a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <urn:T>)",
                "(<urn:g> <urn:b> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <urn:T>)",
                "(<urn:g> <urn:a> <urn:label> 'a')",
                "(<urn:g> <urn:T> <urn:label> 'T')")) {
            dsg.add(SSE.parseQuad(quad));
        }
        return dsg;
    }

    private static List<String> rows(DatasetGraph dsg, String query, boolean kept) {
        var builder = QueryExec.newBuilder().dataset(dsg).query(query);
        if (kept) {
            builder.set(ARQ.stageGenerator, new PatternOrders(0));
        }
        List<String> rows = new ArrayList<>();
        try (var exec = builder.build()) {
            exec.select().forEachRemaining(b -> rows.add(b.toString()));
        }
        rows.sort(null);
        return rows;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT * { GRAPH <urn:g> { ?c <urn:subject> ?s . ?s a ?t . ?t <urn:label> ?l } }",
                "SELECT * { GRAPH <urn:g> { ?c <urn:subject> ?s OPTIONAL { ?c <urn:evidence> ?e . ?s <urn:label> ?l } } }",
                "SELECT * { GRAPH <urn:g> { ?c <urn:object> ?o OPTIONAL { ?o ?p ?t . ?t <urn:label> ?l } } }",
                "SELECT * { VALUES ?p { <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <urn:label> }"
                        + " GRAPH <urn:g> { ?c <urn:subject> ?s OPTIONAL { ?s ?p ?x . ?c <urn:object> ?o } } }",
                "SELECT * { GRAPH <urn:g> { ?c <urn:subject> ?s OPTIONAL { ?d <urn:object> ?s . ?d a ?t . ?d <urn:evidence> ?e } } }",
                "SELECT * { GRAPH <urn:g> { ?c <urn:subject> ?s ; <urn:object> ?o } GRAPH <urn:g> { ?d <urn:subject> ?o ; <urn:object> ?s } }",
                "SELECT * { GRAPH <urn:g> { ?c <urn:subject> ?s } { SELECT ?c (COUNT(?e) AS ?n) { GRAPH <urn:g> {"
                        + " ?c <urn:evidence> ?e . ?c <urn:object> ?o } } GROUP BY ?c } }"
            })
    void answersAsArqsOwnOrdering(String query) {
        DatasetGraph data = data();
        assertEquals(rows(data, query, false), rows(data, query, true), query);
    }

    @Test
    void theOrderIsChosenOncePerPatternAndBoundVariables() {
        PatternOrders orders = new PatternOrders();
        Binding claim1 = BindingFactory.binding(Var.alloc("c"), SSE.parseNode("<urn:c1>"));
        Binding claim2 = BindingFactory.binding(Var.alloc("c"), SSE.parseNode("<urn:c2>"));
        Binding subject = BindingFactory.binding(Var.alloc("s"), SSE.parseNode("<urn:a>"));
        assertSame(orders.order(CLAIM, claim1), orders.order(CLAIM, claim2), "another claim, the same order");
        assertNotSame(orders.order(CLAIM, claim1), orders.order(CLAIM, subject), "other variables bound");
        assertEquals(
                ReorderLib.fixed()
                        .reorderIndexes(Substitute.substitute(CLAIM, subject))
                        .reorder(CLAIM)
                        .getList(),
                orders.order(CLAIM, subject).reorder(CLAIM).getList(),
                "the order ARQ's fixed weighting chooses");
    }

    @Test
    void aVariableBoundToRdfTypeIsWeighedApart() {
        PatternOrders orders = new PatternOrders();
        Binding type = BindingFactory.binding(Var.alloc("p"), RDF.Nodes.type);
        Binding label = BindingFactory.binding(Var.alloc("p"), SSE.parseNode("<urn:label>"));
        assertNotSame(orders.order(CLAIM, type), orders.order(CLAIM, label));
        assertEquals(
                ReorderLib.fixed()
                        .reorderIndexes(Substitute.substitute(CLAIM, type))
                        .reorder(CLAIM)
                        .getList(),
                orders.order(CLAIM, type).reorder(CLAIM).getList());
    }

    @Test
    void aNamedGraphInMemoryIsMeasuredThroughItsWrapper() {
        DatasetGraph data = data();
        assertEquals(10, PatternOrders.inMemorySize(data.getGraph(SSE.parseNode("<urn:g>"))));
        assertEquals(10, PatternOrders.inMemorySize(new DeadlineGraph(data.getGraph(SSE.parseNode("<urn:g>")))));
    }

    @Test
    void ofTiedLookupsTheOneWithFewerMatchesGoesFirst() {
        Graph graph = GraphMemFactory.createDefaultGraph();
        for (int i = 0; i < 300; i++) {
            graph.add(SSE.parseTriple("(<urn:claim%d> <urn:subject> <urn:factor>)".formatted(i)));
            graph.add(SSE.parseTriple("(<urn:claim%d> <urn:citation> <urn:review>)".formatted(i)));
        }
        graph.add(SSE.parseTriple("(<urn:claim0> <urn:citation> <urn:study>)"));
        BasicPattern effects = SSE.parseBGP("(bgp (?c <urn:subject> ?f) (?c <urn:citation> ?r) (?c <urn:object> ?o))");
        Binding study = BindingFactory.binding(
                Var.alloc("f"), SSE.parseNode("<urn:factor>"), Var.alloc("r"), SSE.parseNode("<urn:study>"));
        Binding review = BindingFactory.binding(
                Var.alloc("f"), SSE.parseNode("<urn:other>"), Var.alloc("r"), SSE.parseNode("<urn:review>"));
        assertEquals(
                List.of(effects.get(1), effects.get(0), effects.get(2)),
                PatternOrders.fewestFirst(effects, study, graph).getList(),
                "a study's one claim before the factor's many");
        assertSame(
                effects,
                PatternOrders.fewestFirst(effects, review, graph),
                "a term without claims before the review's many");
    }
}
