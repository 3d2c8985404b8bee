package org.msckg.web.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.query.status.GraphStatus;
import org.msckg.store.DatasetStore;
import org.msckg.store.LocalQueries;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;

/** Health over a real TDB2 dataset, whose rows are only readable inside the read transaction. */
class GraphStatusTest {
    @TempDir
    Path data;

    @Test
    void aTdb2DatasetReportsItsCountsBuildTimeAndChecksum() {
        Map<NamedGraphs, Model> graphs = new EnumMap<>(NamedGraphs.class);
        Model asserted = ModelFactory.createDefaultModel();
        asserted.add(asserted.createResource(MSCKG.TERM + "0000004"), RDFS.label, "iPSC-MSC");
        Model build = ModelFactory.createDefaultModel();
        build.createResource(MSCKG.BASE + "build/x")
                .addProperty(MSCKG.sourceChecksum, "abc")
                .addProperty(MSCKG.builtAt, "2026-11-24T00:00:00Z");
        graphs.put(NamedGraphs.ASSERTED, asserted);
        graphs.put(NamedGraphs.BUILD, build);
        DatasetStore store = new DatasetStore(data);
        store.publish(graphs);
        var dsg = store.openCurrent().orElseThrow();
        try {
            for (GraphStatus reader :
                    java.util.List.of(GraphStatus.local(() -> dsg), GraphStatus.of(new LocalQueries(dsg)))) {
                var status = reader.read();
                assertEquals("ok", status.status());
                assertEquals("abc", status.sourceChecksum());
                assertEquals("2026-11-24T00:00:00Z", status.builtAt());
                assertEquals(1L, status.triplesPerGraph().get("asserted"));
                assertEquals(0L, status.triplesPerGraph().get("inferred"));
            }
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void aDatasetWithoutABuildGraphIsEmpty() {
        var empty = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        for (GraphStatus reader :
                java.util.List.of(GraphStatus.local(() -> empty), GraphStatus.of(new LocalQueries(empty)))) {
            assertEquals("empty", reader.read().status());
            assertNull(reader.read().sourceChecksum());
        }
    }
}
