package org.msckg.query.named;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;
import org.msckg.server.freshness.DatasetVersion;
import org.msckg.server.limits.Limits;
import org.msckg.store.LocalQueries;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;

class CachedQueriesTest {
    private static final Node TERM = NodeFactory.createURI(MSCKG.TERM + "0000004");
    private static final Node BUILD = NodeFactory.createURI(MSCKG.BASE + "build/b");

    private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    private final CachedQueries cached = new CachedQueries(
            new QueryRunner(
                    new LocalQueries(dataset), NamedQueryCatalog.load(Fixtures.fixture("queries")), Limits.DEFAULTS),
            new DatasetVersion(new LocalQueries(dataset)),
            10);

    private void publish(String label, String checksum) {
        Txn.executeWrite(dataset, () -> {
            dataset.deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            dataset.add(NamedGraphs.ASSERTED.node(), TERM, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
            dataset.add(
                    NamedGraphs.BUILD.node(),
                    BUILD,
                    MSCKG.sourceChecksum.asNode(),
                    NodeFactory.createLiteralString(checksum));
        });
    }

    private List<Map<String, String>> labels() {
        return cached.run("label-of", Map.of()).rows();
    }

    @Test
    void aResultOfOneBuildIsServedAgainWhileTheChecksumStaysTheSame() {
        publish("first", "checksum-a");
        var first = cached.run("label-of", Map.of());
        Txn.executeWrite(
                dataset,
                () -> dataset.add(
                        NamedGraphs.ASSERTED.node(),
                        TERM,
                        RDFS.label.asNode(),
                        NodeFactory.createLiteralString("added without a new build")));
        assertEquals(first, cached.run("label-of", Map.of()), "the same build, the cached result");
    }

    @Test
    void aNewBuildIsNeverAnsweredWithTheResultOfTheOldOne() {
        publish("first", "checksum-a");
        assertEquals(List.of(Map.of("label", "first")), labels());
        publish("second", "checksum-b");
        assertEquals(List.of(Map.of("label", "second")), labels());
        publish("first", "checksum-a");
        assertEquals(List.of(Map.of("label", "first")), labels(), "going back to an earlier build reads it anew too");
    }

    @Test
    void argumentsArePartOfTheKey() {
        publish("first", "checksum-a");
        assertEquals(
                1,
                cached.run("label-of", Map.of("term", "MSCKG:0000004")).rows().size());
        assertNotEquals(
                labels(),
                cached.run("label-of", Map.of("term", "MSCKG:0000001")).rows());
        assertEquals(
                0,
                cached.run("label-of", Map.of("term", "MSCKG:0000001")).rows().size());
    }

    @Test
    void withoutACapacityEveryCallRunsTheQuery() {
        var uncached = new CachedQueries(
                new QueryRunner(
                        new LocalQueries(dataset),
                        NamedQueryCatalog.load(Fixtures.fixture("queries")),
                        Limits.DEFAULTS),
                new DatasetVersion(new LocalQueries(dataset)),
                0);
        publish("first", "checksum-a");
        uncached.run("label-of", Map.of());
        Txn.executeWrite(
                dataset,
                () -> dataset.add(
                        NamedGraphs.ASSERTED.node(),
                        TERM,
                        RDFS.label.asNode(),
                        NodeFactory.createLiteralString("more")));
        assertEquals(2, uncached.run("label-of", Map.of()).rows().size());
    }
}
