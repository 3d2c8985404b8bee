package org.msckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.Fixtures;
import org.msckg.vocab.NamedGraphs;

class PackedLoaderTest {
    @TempDir
    Path dir;

    private final Map<NamedGraphs, Model> graphs = new EnumMap<>(NamedGraphs.class);
    private DatasetGraph packed;
    private DatasetGraph added;

    @BeforeEach
    void loadTheFixtureBothWays() {
        DatasetGraph trig = RDFDataMgr.loadDatasetGraph(
                Fixtures.fixture("store/packed-load.trig").toString());
        for (NamedGraphs g : NamedGraphs.ALL) {
            graphs.put(g, ModelFactory.createModelForGraph(trig.getGraph(g.node())));
        }
        packed = DatabaseMgr.connectDatasetGraph(dir.resolve("packed").toString());
        PackedLoader.load(packed, graphs);
        added = DatabaseMgr.connectDatasetGraph(dir.resolve("added").toString());
        Txn.executeWrite(added, () -> trig.find().forEachRemaining(added::add));
    }

    /** Every pattern of every stored quad, with each position bound or not: each index answers some. */
    private static List<Quad> patterns(DatasetGraph dsg) {
        List<Quad> patterns = new ArrayList<>();
        Txn.executeRead(
                dsg,
                () -> dsg.find().forEachRemaining(q -> {
                    for (int mask = 0; mask < 16; mask++) {
                        patterns.add(Quad.create(
                                (mask & 1) == 0 ? Node.ANY : q.getGraph(),
                                (mask & 2) == 0 ? Node.ANY : q.getSubject(),
                                (mask & 4) == 0 ? Node.ANY : q.getPredicate(),
                                (mask & 8) == 0 ? Node.ANY : q.getObject()));
                    }
                }));
        return patterns;
    }

    private static Set<Quad> find(DatasetGraph dsg, Quad pattern) {
        return Txn.calculateRead(dsg, () -> new HashSet<>(Iter.toList(dsg.find(pattern))));
    }

    private void assertSameAnswers(List<Quad> patterns) {
        for (Quad pattern : patterns) {
            assertEquals(find(added, pattern), find(packed, pattern), pattern.toString());
        }
    }

    @Test
    void everyIndexAnswersAsWhenEachQuadIsAddedInATransaction() {
        assertEquals(17, Txn.calculateRead(packed, () -> Iter.count(packed.find())));
        assertSameAnswers(patterns(added));
    }

    @Test
    void twoLiteralsOfOneInlinedValueMakeOneQuad() {
        Node count = NodeFactory.createURI("https://w3id.org/msckg/count");
        assertEquals(
                1,
                find(packed, Quad.create(Node.ANY, Node.ANY, count, Node.ANY)).size());
    }

    @Test
    void theDatasetStaysWritableAfterThePackedLoad() {
        List<Quad> loaded = patterns(added);
        Node p = NodeFactory.createURI("https://w3id.org/msckg/later");
        for (DatasetGraph dsg : List.of(packed, added)) {
            Txn.executeWrite(dsg, () -> {
                for (int i = 0; i < 2_000; i++) {
                    dsg.add(
                            NamedGraphs.ASSERTED.node(),
                            NodeFactory.createURI("https://w3id.org/msckg/s" + i),
                            p,
                            NodeFactory.createLiteralString("o" + i));
                }
            });
        }
        assertEquals(
                2_000,
                find(packed, Quad.create(Node.ANY, Node.ANY, p, Node.ANY)).size());
        assertSameAnswers(loaded);
    }
}
