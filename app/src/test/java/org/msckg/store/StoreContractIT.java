package org.msckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.msckg.build.BuildRecord;
import org.msckg.build.SourceChecksum;
import org.msckg.build.SourceChecksum.FileStatus;
import org.msckg.build.SourceChecksum.SourceFile;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;

/**
 * What every {@link Store} does, checked on both: the TDB2 datasets of a data folder and a SPARQL
 * store over HTTP (an in-memory, updatable Fuseki on loopback, as {@code build --store} finds one).
 */
class StoreContractIT {
    @TempDir
    static Path work;

    /** Source checksums are SHA-256 sums in hex. */
    private static final String CHECKSUM_1 = "1".repeat(64);

    private static final String CHECKSUM_2 = "2".repeat(64);

    /** Sources as a build records them: with a change time, without one (no such time on Windows), unsettled. */
    private static final List<SourceFile> FILES = List.of(
            new SourceFile(
                    "ontology/msckg.ttl",
                    "a".repeat(64),
                    Optional.of(new FileStatus(
                            12_345,
                            Instant.parse("2026-12-01T10:00:00.123Z"),
                            Optional.of(Instant.parse("2026-12-01T10:00:01Z"))))),
            new SourceFile(
                    "ontology/claims/table1.tsv",
                    "b".repeat(64),
                    Optional.of(new FileStatus(0, Instant.parse("2026-12-01T10:00:00Z"), Optional.empty()))),
            new SourceFile("ontology/references.tsv", "c".repeat(64), Optional.empty()));

    private static final DatasetGraph REMOTE = DatasetGraphFactory.createTxnMem();
    private static FusekiServer fuseki;
    private static int stores;

    @BeforeAll
    static void startFuseki() {
        fuseki = FusekiServer.create()
                .port(0)
                .loopback(true)
                .add("/ds", REMOTE, true)
                .build()
                .start();
    }

    @AfterAll
    static void stopFuseki() {
        fuseki.stop();
    }

    /** A store of each kind, empty: a new data folder, the Fuseki server's dataset cleared. */
    static Stream<Store> emptyStores() {
        Txn.executeWrite(REMOTE, REMOTE::clear);
        String dataset = "http://127.0.0.1:%d/ds".formatted(fuseki.getHttpPort());
        return Stream.of(new DatasetStore(work.resolve("data" + ++stores)), new RemoteStore(dataset, dataset));
    }

    /** One asserted label and the record of a build that produced it. */
    private static Map<NamedGraphs, Model> graphs(String label, String checksum) {
        Model asserted = ModelFactory.createDefaultModel();
        asserted.add(asserted.createResource(MSCKG.TERM + "0000004"), RDFS.label, label);
        Map<NamedGraphs, Model> graphs = new EnumMap<>(NamedGraphs.class);
        graphs.put(NamedGraphs.ASSERTED, asserted);
        graphs.put(
                NamedGraphs.BUILD,
                BuildRecord.of(new SourceChecksum(checksum, FILES), graphs).toModel());
        return graphs;
    }

    private static List<String> labels(Store store) {
        QueryService queries = store instanceof RemoteStore remote
                ? remote
                : new LocalQueries(((DatasetStore) store).openCurrent().orElseThrow());
        return queries.select(
                QueryFactory.create("SELECT ?l WHERE { GRAPH <%s> { ?t <%s> ?l } }"
                        .formatted(NamedGraphs.ASSERTED.iri(), RDFS.label.getURI())),
                Map.of(),
                rows -> rows.stream()
                        .map(r -> r.get("l").getLiteralLexicalForm())
                        .toList());
    }

    @ParameterizedTest
    @MethodSource("emptyStores")
    void aStoreHasNoRecordBeforeItsFirstPublish(Store store) {
        assertTrue(store.record().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("emptyStores")
    void aPublishedBuildIsReadBackWithItsTimeChecksumSourceFilesAndTriplesPerGraph(Store store) {
        store.publish(graphs("first", CHECKSUM_1));
        BuildRecord read = store.record().orElseThrow();
        assertEquals(CHECKSUM_1, read.sourceChecksum());
        assertEquals(Set.copyOf(FILES), Set.copyOf(read.sourceFiles()));
        assertEquals(FILES.size(), read.sourceFiles().size());
        assertEquals(Map.of(NamedGraphs.ASSERTED, 1L), read.triplesPerGraph());
        assertTrue(read.builtAt().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), read.builtAt());
        assertEquals(List.of("first"), labels(store));
    }

    @ParameterizedTest
    @MethodSource("emptyStores")
    void aSecondPublishReplacesTheFirstWhole(Store store) {
        store.publish(graphs("first", CHECKSUM_1));
        store.publish(graphs("second", CHECKSUM_2));
        assertEquals(CHECKSUM_2, store.record().orElseThrow().sourceChecksum());
        assertEquals(List.of("second"), labels(store), "the first build's triples are gone");
    }

    @ParameterizedTest
    @MethodSource("emptyStores")
    void aFailedPublishLeavesTheRecordOfThePreviousBuild(Store store) {
        store.publish(graphs("first", CHECKSUM_1));
        Map<NamedGraphs, Model> broken = graphs("second", CHECKSUM_2);
        broken.put(NamedGraphs.INFERRED, null);
        assertThrows(RuntimeException.class, () -> store.publish(broken));
        assertEquals(CHECKSUM_1, store.record().orElseThrow().sourceChecksum());
    }

    @ParameterizedTest
    @MethodSource("emptyStores")
    void graphsThatFailTheirValidationAreNotPublished(Store store) {
        store.publish(graphs("first", CHECKSUM_1));
        IllegalStateException invalid = new IllegalStateException("MSCKG-SHA-001 a shape is broken");
        assertSame(
                invalid,
                assertThrows(
                        IllegalStateException.class,
                        () -> store.publish(graphs("second", CHECKSUM_2), () -> {
                            throw invalid;
                        })));
        assertEquals(CHECKSUM_1, store.record().orElseThrow().sourceChecksum());
        assertEquals(List.of("first"), labels(store));
    }

    @ParameterizedTest
    @MethodSource("emptyStores")
    void theValidationRunsOnceBeforeThePublishEnds(Store store) {
        AtomicInteger runs = new AtomicInteger();
        store.publish(graphs("first", CHECKSUM_1), runs::incrementAndGet);
        assertEquals(1, runs.get());
        assertEquals(CHECKSUM_1, store.record().orElseThrow().sourceChecksum());
    }
}
