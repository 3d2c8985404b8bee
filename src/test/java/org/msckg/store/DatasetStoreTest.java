package org.msckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.vocab.NamedGraphs;

class DatasetStoreTest {
    @TempDir
    Path data;

    private static Map<NamedGraphs, Model> graphs(String label) {
        Model m = ModelFactory.createDefaultModel();
        m.add(m.createResource("https://w3id.org/msckg/MSCKG_0000004"), RDFS.label, label);
        Map<NamedGraphs, Model> graphs = new EnumMap<>(NamedGraphs.class);
        graphs.put(NamedGraphs.ASSERTED, m);
        return graphs;
    }

    private static String servedLabel(DatasetStore store) {
        var dsg = store.openCurrent().orElseThrow();
        return Txn.calculateRead(dsg, () -> dsg.getGraph(NamedGraphs.ASSERTED.node()).find().next().getObject().getLiteralLexicalForm());
    }

    @Test
    void publishingMakesTheNewDatasetCurrent() {
        DatasetStore store = new DatasetStore(data);
        assertTrue(store.current().isEmpty());
        store.publish(graphs("first"));
        assertEquals("first", servedLabel(store));
    }

    @Test
    void aFailedPublishLeavesTheCurrentDatasetAsItWas() throws Exception {
        DatasetStore store = new DatasetStore(data);
        Path first = store.publish(graphs("first"));
        Map<NamedGraphs, Model> broken = graphs("second");
        broken.put(NamedGraphs.INFERRED, null);
        assertThrows(RuntimeException.class, () -> store.publish(broken));
        assertEquals(first, store.current().orElseThrow());
        assertEquals("first", servedLabel(store));
        try (var dirs = Files.list(data.resolve("builds"))) {
            assertEquals(1, dirs.count(), "the half-written dataset is removed");
        }
    }
}
