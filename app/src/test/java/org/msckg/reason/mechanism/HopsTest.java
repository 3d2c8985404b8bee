package org.msckg.reason.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.BuiltGraph;
import org.msckg.vocab.NamedGraphs;

class HopsTest {
    @TempDir
    Path dir;

    @Test
    void theHopsOfAStoredGraphAreTheHopsOfItsModel() {
        Model asserted = BuiltGraph.result().graphs().get(NamedGraphs.ASSERTED);
        Model ontology = BuiltGraph.result().graphs().get(NamedGraphs.ONTOLOGY);
        List<Hop> expected = Hops.read(asserted.union(ontology));
        assertTrue(expected.size() > 100, "the curated graph has hops: " + expected.size());

        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            Txn.executeWrite(tdb, () -> {
                tdb.addGraph(NamedGraphs.ASSERTED.node(), asserted.getGraph());
                tdb.addGraph(NamedGraphs.ONTOLOGY.node(), ontology.getGraph());
            });
            List<Hop> read = Txn.calculateRead(
                    tdb,
                    () -> Hops.read(new Union(
                            tdb.getGraph(NamedGraphs.ASSERTED.node()), tdb.getGraph(NamedGraphs.ONTOLOGY.node()))));
            assertEquals(expected.size(), read.size(), "hops read");
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i), read.get(i), "hop " + i);
            }
        } finally {
            TDBInternal.expel(tdb);
        }
    }
}
