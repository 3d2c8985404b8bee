package org.msckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.store.DatasetStore;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;

/**
 * Readers in a loop while the server switches between two TDB2 datasets: every answer comes from
 * one dataset, its build graph's checksum matching its triple counts, never a mix.
 */
class AtomicSwitchIT {
    private static final String CONSISTENCY =
            """
            PREFIX msckg: <https://w3id.org/msckg/schema/>
            SELECT ?checksum ?declared ?actual WHERE {
              GRAPH <%s> { ?b msckg:sourceChecksum ?checksum ; msckg:graph [ msckg:graph <%s> ; msckg:tripleCount ?declared ] }
              { SELECT (COUNT(*) AS ?actual) WHERE { GRAPH <%s> { ?s ?p ?o } } }
            }""".formatted(NamedGraphs.BUILD.iri(), NamedGraphs.ASSERTED.iri(), NamedGraphs.ASSERTED.iri());

    @TempDir
    Path dataA;

    @TempDir
    Path dataB;

    /** The real graphs with one more asserted triple, and a build graph that says so under another checksum. */
    private static Map<NamedGraphs, Model> variant(String checksum) {
        Map<NamedGraphs, Model> graphs = new EnumMap<>(NamedGraphs.class);
        BuiltGraph.result()
                .graphs()
                .forEach((g, m) ->
                        graphs.put(g, ModelFactory.createDefaultModel().add(m)));
        graphs.get(NamedGraphs.ASSERTED).add(MSCKG.Review, RDFS.comment, "an extra triple of dataset B");
        Model build = graphs.get(NamedGraphs.BUILD);
        build.removeAll(null, MSCKG.sourceChecksum, null);
        build.add(build.listSubjectsWithProperty(MSCKG.builtAt).next(), MSCKG.sourceChecksum, checksum);
        var entry = build.listSubjectsWithProperty(
                        MSCKG.graph, ResourceFactory.createResource(NamedGraphs.ASSERTED.iri()))
                .next();
        Statement count = entry.getProperty(MSCKG.tripleCount);
        build.remove(count).addLiteral(entry, MSCKG.tripleCount, count.getLong() + 1);
        return graphs;
    }

    @Test
    void readersDuringSwitchesSeeOneWholeDatasetEachTime() throws Exception {
        DatasetStore storeA = new DatasetStore(dataA);
        storeA.publish(BuiltGraph.result().graphs());
        DatasetStore storeB = new DatasetStore(dataB);
        storeB.publish(variant("checksum-of-B"));
        DatasetGraph a = storeA.openCurrent().orElseThrow();
        DatasetGraph b = storeB.openCurrent().orElseThrow();
        long assertedA = BuiltGraph.result().triples(NamedGraphs.ASSERTED);
        Map<String, Long> assertedByChecksum =
                Map.of(BuiltGraph.result().checksum(), assertedA, "checksum-of-B", assertedA + 1);

        ServedDataset served = new ServedDataset(a);
        try (MsckgServer server = Application.start(
                served,
                ServiceConfig.read(Fixtures.projectRoot().resolve("fuseki-config/msckg.ttl")),
                Fixtures.fixture("queries"),
                Application.Options.loopback(0))) {
            TestClient client = new TestClient(server);
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger readCount = new AtomicInteger();
            Set<String> seen = ConcurrentHashMap.newKeySet();
            List<String> mixes = new ArrayList<>();
            ExecutorService readers = Executors.newFixedThreadPool(4);
            List<Future<Integer>> reads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                boolean viaSparql = i % 2 == 0;
                reads.add(readers.submit(() -> {
                    int n = 0;
                    while (running.get()) {
                        String problem = viaSparql
                                ? checkSparql(client, assertedByChecksum, seen)
                                : checkHealth(client, assertedByChecksum, seen);
                        if (problem != null) {
                            synchronized (mixes) {
                                mixes.add(problem);
                            }
                        }
                        n++;
                        readCount.incrementAndGet();
                    }
                    return n;
                }));
            }
            // At least 60 switches, and on a slow machine more, until the readers have read 60 times.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            for (int i = 0; i < 60 || (readCount.get() <= 60 && System.nanoTime() < deadline); i++) {
                served.switchTo(i % 2 == 0 ? b : a);
                Thread.sleep(50);
            }
            running.set(false);
            int total = 0;
            for (Future<Integer> f : reads) {
                total += f.get();
            }
            readers.shutdown();
            assertTrue(mixes.isEmpty(), () -> mixes.size() + " mixed answers, e.g. " + mixes.get(0));
            assertEquals(assertedByChecksum.keySet(), seen, "readers saw both datasets");
            assertTrue(total > 60, "only " + total + " reads");
        }
    }

    private static String checkSparql(TestClient client, Map<String, Long> assertedByChecksum, Set<String> seen) {
        var r = client.get(TestClient.sparql(CONSISTENCY), "text/csv");
        String[] row = r.body().split("\r\n")[1].split(",");
        seen.add(row[0]);
        Long expected = assertedByChecksum.get(row[0]);
        boolean whole = r.statusCode() == 200
                && expected != null
                && row[1].equals(row[2])
                && row[2].equals(String.valueOf(expected));
        return whole ? null : "sparql: " + r.body();
    }

    private static String checkHealth(TestClient client, Map<String, Long> assertedByChecksum, Set<String> seen) {
        var r = client.get("/health");
        String body = r.body();
        String checksum = body.replaceAll(".*\"sourceChecksum\":\"([^\"]*)\".*", "$1");
        seen.add(checksum);
        Long expected = assertedByChecksum.get(checksum);
        boolean whole = r.statusCode() == 200 && expected != null && body.contains("\"asserted\":" + expected + ",");
        return whole ? null : "health: " + body;
    }
}
