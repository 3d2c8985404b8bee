package org.msckg.server.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.server.Application;
import org.msckg.server.MsckgServer;
import org.msckg.server.ServedDataset;
import org.msckg.server.ServiceConfig;
import org.msckg.server.TestClient;
import org.msckg.server.limits.Limits;
import org.msckg.vocab.NamedGraphs;

/** /metrics in Prometheus's text format, counting what the server answered. */
class MetricsIT {
    private static MsckgServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        server = Application.start(
                new ServedDataset(BuiltGraph.dataset()),
                ServiceConfig.read(Fixtures.projectRoot().resolve("fuseki-config/msckg-mem.ttl")),
                Fixtures.projectRoot().resolve("queries"),
                Application.Options.loopback(0).with(Limits.DEFAULTS.withQueryTimeout(Duration.ofMillis(300))));
        client = new TestClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String scrape() {
        var r = client.get("/metrics");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        return r.body();
    }

    @Test
    void countsRequestsByRouteTemplateMethodAndStatus() {
        client.get("/api/queries");
        client.get("/entity/CL:0000134");
        client.get(TestClient.sparql("ASK {}"));
        client.get("/no/such/page/123");
        String m = scrape();
        assertTrue(m.contains("msckg_http_requests_total{method=\"GET\",route=\"/api/queries\",status=\"200\"}"), m);
        assertTrue(m.contains("msckg_http_requests_total{method=\"GET\",route=\"/entity/{curie}\",status=\"200\"}"), m);
        assertTrue(m.contains("msckg_http_requests_total{method=\"GET\",route=\"/sparql\",status=\"200\"}"), m);
        assertTrue(m.contains("msckg_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"}"), m);
        assertFalse(m.contains("CL:0000134") || m.contains("/no/such"), "paths are not labels");
        assertTrue(m.contains("msckg_http_request_duration_seconds_bucket{route=\"/sparql\",le=\"0.005\"}"), m);
        assertTrue(m.contains("msckg_http_request_duration_seconds_bucket{route=\"/sparql\",le=\"+Inf\"}"), m);
    }

    @Test
    void countsTimeoutsAndLimitRefusals() {
        String slow =
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?x ?q ?y } GRAPH ?c { ?u ?r ?v } }";
        assertEquals(503, client.get(TestClient.sparql(slow)).statusCode());
        var delete = client.send(client.request("/api/queries")
                .method("DELETE", HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(405, delete.statusCode());
        String m = scrape();
        assertTrue(m.contains("msckg_query_timeouts_total{route=\"/sparql\"} "), m);
        assertTrue(m.contains("msckg_limit_refusals_total{reason=\"method\"} "), m);
        assertFalse(m.contains("msckg_limit_refusals_total{reason=\"busy\"}"), "nothing was refused for load");
    }

    @Test
    void tellsWhichBuildIsServed() {
        String m = scrape();
        assertTrue(m.contains("msckg_dataset_info{built_at=\""), m);
        assertTrue(m.contains("source_checksum=\"" + BuiltGraph.result().checksum() + "\"} 1"), m);
        assertTrue(m.contains("msckg_dataset_build_timestamp_seconds "), m);
        assertTrue(
                m.contains("msckg_graph_triples{graph=\"asserted\"} "
                        + BuiltGraph.result().triples(NamedGraphs.ASSERTED)),
                m);
    }

    @Test
    void isNeverAnsweredNotModified() {
        String etag = client.get("/health").headers().firstValue("ETag").orElseThrow();
        var r = client.send(
                client.request("/metrics").header("If-None-Match", etag).build());
        assertEquals(200, r.statusCode());
    }
}
