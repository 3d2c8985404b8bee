package org.msckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.Fixtures;
import org.msckg.build.BuildRecord;
import org.msckg.build.ShapeValidator;
import org.msckg.build.SourceChecksum;
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
        return Txn.calculateRead(
                dsg,
                () -> dsg.getGraph(NamedGraphs.ASSERTED.node())
                        .find()
                        .next()
                        .getObject()
                        .getLiteralLexicalForm());
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
        store.publish(graphs("first"));
        Path first = store.current().orElseThrow();
        Map<NamedGraphs, Model> broken = graphs("second");
        broken.put(NamedGraphs.INFERRED, null);
        assertThrows(RuntimeException.class, () -> store.publish(broken));
        assertEquals(first, store.current().orElseThrow());
        assertEquals("first", servedLabel(store));
        try (var dirs = Files.list(data.resolve("builds"))) {
            assertEquals(1, dirs.count(), "the half-written dataset is removed");
        }
    }

    @Test
    void theValidationRunsBesideTheWriteAndAFailedOneRemovesTheWrittenDataset() throws Exception {
        DatasetStore store = new DatasetStore(data);
        store.publish(graphs("first"));
        Path first = store.current().orElseThrow();
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> validator = new AtomicReference<>();
        assertThrows(
                ShapeValidator.ShapeViolationException.class,
                () -> store.publish(graphs("second"), () -> {
                    validator.set(Thread.currentThread());
                    throw new ShapeValidator.ShapeViolationException(List.of("ontology/claims/table2.tsv:3: broken"));
                }));
        assertNotSame(caller, validator.get(), "the validation has a thread of its own");
        assertEquals(first, store.current().orElseThrow());
        assertEquals("first", servedLabel(store));
        try (var dirs = Files.list(data.resolve("builds"))) {
            assertEquals(1, dirs.count(), "the dataset written beside the failed validation is removed");
        }
    }

    @Test
    void aBuildThatRunsOutOfHeapWhileWritingLeavesTheCurrentDatasetAndRemovesTheHalfWrittenOne() throws Exception {
        DatasetStore store = new DatasetStore(data);
        store.publish(graphs("first"));
        Path first = store.current().orElseThrow();
        OutOfMemoryError exhausted = new OutOfMemoryError("Java heap space");
        assertSame(
                exhausted,
                assertThrows(
                        OutOfMemoryError.class,
                        () -> store.publish(graphs("second"), () -> {
                            throw exhausted;
                        })));
        assertEquals(first, store.current().orElseThrow());
        assertEquals("first", servedLabel(store));
        try (var dirs = Files.list(data.resolve("builds"))) {
            assertEquals(1, dirs.count(), "the half-written dataset is removed");
        }
    }

    private static Map<NamedGraphs, Model> graphsOfSize(int labels) {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < labels; i++) {
            m.add(m.createResource("https://w3id.org/msckg/MSCKG_" + i), RDFS.label, "term " + i);
        }
        Map<NamedGraphs, Model> graphs = new EnumMap<>(NamedGraphs.class);
        graphs.put(NamedGraphs.ASSERTED, m);
        return graphs;
    }

    @Test
    void aDatasetWithinTheLimitIsServedFromAnInMemoryCopyWithEveryQuad() {
        DatasetStore store = new DatasetStore(data, 10);
        store.publish(graphsOfSize(10));
        DatasetGraph served = store.openForServing().orElseThrow();
        assertFalse(TDBInternal.isTDB2(served));
        assertEquals(10, Txn.calculateRead(served, () -> Iter.count(served.find())));
        DatasetGraph tdb = store.openCurrent().orElseThrow();
        assertTrue(Txn.calculateRead(tdb, () -> tdb.stream().allMatch(served::contains)));
    }

    @Test
    void aLargerDatasetOrALimitOfZeroIsServedFromTdb2() {
        new DatasetStore(data).publish(graphsOfSize(11));
        assertTrue(
                TDBInternal.isTDB2(new DatasetStore(data, 10).openForServing().orElseThrow()));
        assertTrue(TDBInternal.isTDB2(new DatasetStore(data, 0).openForServing().orElseThrow()));
    }

    @Test
    void theBuildRecordsTripleCountsDecideBeforeAnyQuadIsCopied() {
        Model record = BuildRecord.of(new SourceChecksum("1".repeat(64), List.of()), graphsOfSize(200))
                .toModel();
        Map<NamedGraphs, Model> small = graphsOfSize(5);
        small.put(NamedGraphs.BUILD, record);
        new DatasetStore(data).publish(small);
        assertTrue(
                TDBInternal.isTDB2(new DatasetStore(data, 100).openForServing().orElseThrow()),
                "the record says 200 triples, over the limit of 100, though the dataset holds fewer");
        assertFalse(
                TDBInternal.isTDB2(new DatasetStore(data, 1000).openForServing().orElseThrow()));
    }

    @Test
    void theFusekiConfigurationNamesTheCurrentDatasetOfTheProjectsDataFolder() throws Exception {
        Model config = RDFDataMgr.loadModel(
                Fixtures.projectRoot().resolve("fuseki-config/msckg.ttl").toString());
        String location = config.listObjectsOfProperty(
                        config.createProperty("http://jena.apache.org/2016/tdb#location"))
                .next()
                .asLiteral()
                .getString();
        DatasetStore store = new DatasetStore(data.resolve("data"));
        store.publish(graphs("first"));
        assertEquals(
                store.current().orElseThrow().toRealPath(),
                data.resolve(location).toRealPath(),
                "a stand-alone Fuseki started in the project folder opens the dataset msckg serves");
    }
}
