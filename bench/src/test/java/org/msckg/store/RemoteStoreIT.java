package org.msckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.bench.Engine;
import org.msckg.bench.EngineLauncher;
import org.msckg.bench.LoadGenerator;
import org.msckg.bench.VirtuosoServer;
import org.msckg.query.named.NamedQuery;
import org.msckg.query.named.NamedQueryCatalog;
import org.msckg.query.named.QueryRunner;
import org.msckg.server.Application;
import org.msckg.server.MsckgServer;
import org.msckg.server.limits.Limits;
import org.msckg.vocab.NamedGraphs;

/**
 * The real graph published over the Graph Store Protocol (as {@code build --store} does) into a
 * stand-alone Fuseki server (its own jar and process, in memory, updatable) and into Virtuoso
 * (Debian's package; {@code .ci/run} installs it and sets {@code MSCKG_REQUIRE_VIRTUOSO}, elsewhere
 * its cases are skipped when it is missing), both on loopback: every named query gives the same rows
 * from each as from the embedded store, and the server reads health, API and explanations from them.
 */
class RemoteStoreIT {
    private static final Path WORK = Fixtures.projectRoot().resolve("target/remote-store-it");
    private static final NamedQueryCatalog CATALOG =
            NamedQueryCatalog.load(Fixtures.projectRoot().resolve("queries"));
    private static final Map<String, RemoteStore> STORES = new LinkedHashMap<>();
    private static final LoadGenerator HTTP = new LoadGenerator();
    private static Engine fuseki;
    private static VirtuosoServer virtuoso;

    @BeforeAll
    static void startStoresAndPublish() {
        EngineLauncher launcher = new EngineLauncher(Fixtures.projectRoot(), WORK, HTTP);
        fuseki = launcher.writableFuseki("Fuseki (remote store)");
        String dataset = fuseki.queryEndpoint().resolve("/ds").toString();
        STORES.put("Fuseki", new RemoteStore(dataset, dataset));
        virtuoso = WritableVirtuoso.start(() -> VirtuosoServer.start(WORK.resolve("virtuoso"), HTTP))
                .orElse(null);
        if (virtuoso != null) {
            STORES.put(
                    "Virtuoso",
                    new RemoteStore(
                            virtuoso.queryEndpoint().toString(),
                            virtuoso.graphStoreEndpoint().toString()));
        }
        STORES.values().forEach(s -> s.publish(BuiltGraph.result().graphs()));
    }

    @AfterAll
    static void stop() {
        if (fuseki != null) {
            fuseki.close();
        }
        if (virtuoso != null) {
            virtuoso.close();
        }
    }

    private static RemoteStore store(String name) {
        assumeTrue(STORES.containsKey(name), name + " is not installed here");
        return STORES.get(name);
    }

    private static List<Map<String, String>> sorted(List<Map<String, String>> rows) {
        return rows.stream().sorted(Comparator.comparing(Object::toString)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fuseki", "Virtuoso"})
    void everyNamedQueryGivesTheSameRowsAsTheEmbeddedStore(String name) {
        var remote = new QueryRunner(store(name), CATALOG, Limits.DEFAULTS);
        var local = new QueryRunner(new LocalQueries(BuiltGraph.dataset()), CATALOG, Limits.DEFAULTS);
        assertFalse(CATALOG.all().isEmpty());
        for (NamedQuery q : CATALOG.all()) {
            var expected = local.run(q.name(), Map.of());
            var actual = remote.run(q.name(), Map.of());
            assertFalse(expected.rows().isEmpty(), q.name() + " returns rows on the real graph");
            assertEquals(expected.columns(), actual.columns(), name + ": " + q.name());
            assertEquals(sorted(expected.rows()), sorted(actual.rows()), name + ": " + q.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fuseki", "Virtuoso"})
    void theServerReadsHealthApiAndExplanationsFromTheStore(String name) throws Exception {
        RemoteStore store = store(name);
        try (MsckgServer server = Application.startRemote(
                store, Fixtures.projectRoot().resolve("queries"), "127.0.0.1", 0, 10, s -> {})) {
            HttpClient http = HttpClient.newHttpClient();
            var health = get(http, server, "/health");
            assertTrue(health.body().contains(BuiltGraph.result().checksum()), health.body());
            assertTrue(
                    health.body().contains("\"asserted\":" + BuiltGraph.result().triples(NamedGraphs.ASSERTED)),
                    health.body());
            var api = get(http, server, "/api/queries/claims-per-section");
            assertEquals(200, api.statusCode());
            assertEquals(
                    "W/\"" + BuiltGraph.result().checksum() + "\"",
                    api.headers().firstValue("ETag").orElseThrow());
            var explain = afterTheCopy(http, server, "/api/explain?from=MSCKG:0000021&to=MSCKG:0003001");
            assertEquals(200, explain.statusCode(), explain.body());
            assertTrue(explain.body().contains("APB-027"), "the [64] chain through PI3K/Akt: " + explain.body());
            var sparql = get(http, server, "/sparql?query=ASK%7B%7D");
            assertEquals(404, sparql.statusCode(), "SPARQL goes to the store itself");
        }
    }

    /** The answer once the server's copy of the store is in; until then pages and explanations say they wait for it. */
    private static HttpResponse<String> afterTheCopy(HttpClient http, MsckgServer server, String path)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            var answer = get(http, server, path);
            if (answer.statusCode() != 503 || System.nanoTime() > deadline) {
                return answer;
            }
            assertTrue(answer.body().contains("MSCKG-STO-005"), answer.body());
            assertTrue(answer.headers().firstValue("Retry-After").isPresent());
            Thread.sleep(50);
        }
    }

    private static HttpResponse<String> get(HttpClient http, MsckgServer server, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aStoreThatCannotBeReachedIsAClearError() {
        RemoteStore nowhere = new RemoteStore("http://127.0.0.1:9/ds", "http://127.0.0.1:9/ds");
        var e = assertThrows(
                RemoteStore.RemoteStoreException.class,
                () -> new QueryRunner(nowhere, CATALOG, Limits.DEFAULTS).run("claims-per-section", Map.of()));
        assertTrue(e.getMessage().startsWith("MSCKG-STO-002"), e.getMessage());
    }
}
