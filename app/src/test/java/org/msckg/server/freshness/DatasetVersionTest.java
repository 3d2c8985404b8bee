package org.msckg.server.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.msckg.store.LocalQueries;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;

class DatasetVersionTest {
    @Test
    void theTagIsTheSourceChecksumOfTheBuildGraph() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        DatasetVersion version = new DatasetVersion(new LocalQueries(dsg));
        assertEquals(Optional.empty(), version.etag(), "no build graph, no tag");
        Txn.executeWrite(
                dsg,
                () -> dsg.add(
                        NamedGraphs.BUILD.node(),
                        NodeFactory.createURI(MSCKG.BASE + "build/x"),
                        MSCKG.sourceChecksum.asNode(),
                        NodeFactory.createLiteralString("abc123")));
        assertEquals(Optional.of("W/\"abc123\""), version.etag());
    }

    @Test
    void ifNoneMatchMatchesTheSameTagWeakOrStrongInAListOrAsStar() {
        String tag = "W/\"abc\"";
        assertTrue(DatasetVersion.matches("W/\"abc\"", tag));
        assertTrue(DatasetVersion.matches("\"abc\"", tag));
        assertTrue(DatasetVersion.matches("\"x\", W/\"abc\"", tag));
        assertTrue(DatasetVersion.matches("*", tag));
        assertFalse(DatasetVersion.matches("W/\"abd\"", tag));
        assertFalse(DatasetVersion.matches("\"abc", tag));
        assertFalse(DatasetVersion.matches("", tag));
        assertFalse(DatasetVersion.matches(null, tag));
    }
}
