package org.msckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.build.BuildOperation;
import org.msckg.build.BuildResult;
import org.msckg.build.ProjectLayout;
import org.msckg.curate.CurationException;
import org.msckg.vocab.NamedGraphs;

/** Build, then publish: the store switches to what the build made, or, when the build fails, stays. */
class PublishOperationIT {
    private static final ProjectLayout PROJECT = new ProjectLayout(Fixtures.projectRoot());

    @TempDir
    Path data;

    @Test
    void theBuiltGraphsArePublishedAndTheStoreIsThenUpToDateWithTheSources() {
        DatasetStore store = new DatasetStore(data);
        assertFalse(PublishOperation.upToDate(PROJECT, store), "nothing published yet");
        BuildResult built = BuiltGraph.result();
        List<String> progress = new ArrayList<>();
        AtomicInteger validations = new AtomicInteger();
        var published = new PublishOperation(
                        p -> new BuildOperation.Pending(built, validations::incrementAndGet), store)
                .run(progress::add);

        assertEquals(1, validations.get(), "the graphs were validated once");

        assertSame(built, published.result());
        assertEquals(store.current().orElseThrow().toString(), published.location());
        assertEquals("[load TDB2] ...", progress.get(0));
        assertTrue(progress.get(1).startsWith("[load TDB2] done in "), progress.toString());
        assertTrue(published.summary().contains("load TDB2"), published.summary());
        assertEquals(built.checksum(), store.record().orElseThrow().sourceChecksum());
        assertEquals(
                built.triples(NamedGraphs.ASSERTED),
                store.record().orElseThrow().triplesPerGraph().get(NamedGraphs.ASSERTED));
        assertTrue(PublishOperation.upToDate(PROJECT, store));
    }

    @Test
    void aFailedBuildPublishesNothingAndTheStoreKeepsItsBuild() {
        DatasetStore store = new DatasetStore(data);
        new PublishOperation(p -> new BuildOperation.Pending(BuiltGraph.result(), () -> {}), store).run(s -> {});
        Path before = store.current().orElseThrow();
        List<String> progress = new ArrayList<>();
        var failing = new PublishOperation(
                p -> {
                    throw new CurationException(
                            "MSCKG-CUR-018", Path.of("ontology/claims/table2.tsv"), 2, 3, "object", "a broken row");
                },
                store);
        assertThrows(CurationException.class, () -> failing.run(progress::add));
        assertTrue(progress.isEmpty(), "no write was started: " + progress);
        assertEquals(before, store.current().orElseThrow());
        assertEquals(
                BuiltGraph.result().checksum(), store.record().orElseThrow().sourceChecksum());
    }
}
