package org.msckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msckg.serve.limits.Limits;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.serve.Application;
import org.msckg.serve.MsckgServer;
import org.msckg.serve.queries.NamedQuery;
import org.msckg.serve.queries.NamedQueryCatalog;
import org.msckg.serve.queries.QueryRunner;
import org.msckg.vocab.NamedGraphs;

/** A stand-alone Fuseki (in memory, updatable, port 0) as the remote store: same answers as the embedded one. */
class RemoteStoreIT {
    private static FusekiServer fuseki;
    private static RemoteStore store;
    private static final NamedQueryCatalog CATALOG = NamedQueryCatalog.load(Fixtures.projectRoot().resolve("queries"));

    @BeforeAll
    static void startStoreAndPublish() {
        fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", DatasetGraphFactory.createTxnMem(), true).build().start();
        String url = "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds";
        store = new RemoteStore(url, url);
        store.publish(BuiltGraph.result().graphs());
    }

    @AfterAll
    static void stop() {
        fuseki.stop();
    }

    private static List<Map<String, String>> sorted(List<Map<String, String>> rows) {
        return rows.stream().sorted(Comparator.comparing(Object::toString)).toList();
    }

    @Test
    void everyNamedQueryGivesTheSameRowsFromTheRemoteStoreAsFromTheEmbeddedOne() {
        var remote = new QueryRunner(store, CATALOG, Limits.DEFAULTS);
        var local = new QueryRunner(new LocalQueries(BuiltGraph.dataset()), CATALOG, Limits.DEFAULTS);
        assertFalse(CATALOG.all().isEmpty());
        for (NamedQuery q : CATALOG.all()) {
            var expected = local.run(q.name(), Map.of());
            var actual = remote.run(q.name(), Map.of());
            assertFalse(expected.rows().isEmpty(), q.name() + " returns rows on the real graph");
            assertEquals(expected.columns(), actual.columns(), q.name());
            assertEquals(sorted(expected.rows()), sorted(actual.rows()), q.name());
        }
    }

    @Test
    void theServerReadsHealthAndApiFromTheStoreAndTagsThemWithItsChecksum() throws Exception {
        try (MsckgServer server = Application.startRemote(store, Fixtures.projectRoot().resolve("queries"), "127.0.0.1", 0, 10)) {
            HttpClient http = HttpClient.newHttpClient();
            var health = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(health.body().contains(BuiltGraph.result().checksum()), health.body());
            assertTrue(health.body().contains("\"asserted\":" + BuiltGraph.result().triples(NamedGraphs.ASSERTED)), health.body());
            var api = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/queries/claims-per-section")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, api.statusCode());
            assertEquals("W/\"" + BuiltGraph.result().checksum() + "\"", api.headers().firstValue("ETag").orElseThrow());
            var sparql = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sparql?query=ASK%7B%7D")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, sparql.statusCode(), "SPARQL goes to the store itself");
        }
    }

    @Test
    void aStoreThatCannotBeReachedIsAClearError() {
        RemoteStore nowhere = new RemoteStore("http://127.0.0.1:9/ds", "http://127.0.0.1:9/ds");
        var e = assertThrows(RemoteStore.RemoteStoreException.class,
                () -> new QueryRunner(nowhere, CATALOG, Limits.DEFAULTS).run("claims-per-section", Map.of()));
        assertTrue(e.getMessage().startsWith("MSCKG-STO-002"), e.getMessage());
    }
}
