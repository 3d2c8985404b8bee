package org.msckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;

/**
 * Bad requests get a 4xx that says what is wrong; failures get a JSON message; no answer shows a
 * stack trace. Requests Jetty refuses before any filter of msckg runs (headers it cannot parse, a
 * broken request line, an ambiguous or badly encoded URI, HTTP/0.9, an unknown version, headers
 * too large) get the documented JSON error too, not Jetty's HTML page.
 */
class BadInputIT {
    private static final String HEAD = "Host: 127.0.0.1\r\nConnection: close\r\n";

    /** Each raw request and the status Jetty gives it. */
    private static final Map<String, Integer> REFUSED = Map.ofEntries(
            Map.entry("GET /health HTTP/1.1\r\n" + HEAD + "this line is no header\r\n\r\n", 400),
            Map.entry("GET /health HTTP/1.1\r\n" + HEAD + "X-Control: a\u0001b\r\n\r\n", 400),
            Map.entry("GET /health HTTP/1.1\r\n" + HEAD + "Authorization: Basic\tYWRtaW4=\u0000\r\n\r\n", 400),
            Map.entry("GET /he alth HTTP/1.1\r\n" + HEAD + "\r\n", 400),
            Map.entry("GET /api/%2e%2e/health HTTP/1.1\r\n" + HEAD + "\r\n", 400),
            Map.entry("GET /api%2Fqueries HTTP/1.1\r\n" + HEAD + "\r\n", 400),
            Map.entry("GET /a/../../health HTTP/1.1\r\n" + HEAD + "\r\n", 400),
            Map.entry("GET /%C0%AE HTTP/1.1\r\n" + HEAD + "\r\n", 400),
            Map.entry("GET http://elsewhere/health HTTP/1.1\r\n" + HEAD + "\r\n", 400),
            Map.entry("GET /health\r\n\r\n", 505),
            Map.entry("GET /health HTTP/7.3\r\n" + HEAD + "\r\n", 505),
            Map.entry("GET /health HTTP/1.1\r\n" + HEAD + "X-Big: " + "b".repeat(200_000) + "\r\n\r\n", 431));

    private static final ObjectMapper JSON = new ObjectMapper();

    private static MsckgServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        server = Application.start(
                new ServedDataset(BuiltGraph.dataset()),
                ServiceConfig.read(Fixtures.projectRoot().resolve("fuseki-config/msckg-mem.ttl")),
                Fixtures.fixture("queries"),
                Application.Options.loopback(0));
        client = new TestClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RawHttp raw() {
        return new RawHttp(server.port(), Duration.ofSeconds(20));
    }

    private static void assertNoStackTrace(HttpResponse<String> r) {
        assertFalse(
                r.body().contains("at org.")
                        || r.body().contains("at java.")
                        || r.body().contains("Exception"),
                r.body());
    }

    @Test
    void malformedSparqlGets400WithTheParsersMessageAndPosition() {
        var r = client.get(TestClient.sparql("SELECT ?s WHERE { ?s ?p }"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Encountered \" \"}\" \"} \"\""), r.body());
        assertTrue(r.body().contains("line 1, column 25"), r.body());
        assertNoStackTrace(r);
        var posted =
                client.post("/sparql", "application/sparql-query", "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o > ) }");
        assertEquals(400, posted.statusCode());
        assertTrue(posted.body().contains("line 3, column"), posted.body());
    }

    @Test
    void anUnknownNamedQueryIs404AndAnUnknownOrBadParameterIs400NamingIt() {
        var missing = client.get("/api/queries/no-such-query");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("no named query 'no-such-query'"), missing.body());
        var param = client.get("/api/queries/claims-citing?reff=ref:64");
        assertEquals(400, param.statusCode());
        assertTrue(param.body().contains("query 'claims-citing' has no parameter 'reff'"), param.body());
        var curie = client.get("/api/queries/claims-citing?ref=nope:64");
        assertEquals(400, curie.statusCode());
        assertTrue(
                curie.body().contains("parameter 'ref': 'nope:64' is not a CURIE with a known prefix"), curie.body());
        assertEquals(200, client.get("/api/queries/claims-citing?ref=ref:64").statusCode());
    }

    @Test
    void queriesNestedTooDeepToEvaluateGet400NotAnEmpty500() {
        var groups = client.post(
                "/sparql",
                "application/sparql-query",
                "SELECT * WHERE " + "{".repeat(1000) + " ?s ?p ?o " + "}".repeat(1000));
        assertEquals(400, groups.statusCode(), groups.body());
        assertTrue(groups.body().contains("MSCKG-LIM-006"), groups.body());
        var chain = client.get(TestClient.sparql("SELECT * WHERE { BIND(" + "1+".repeat(5000) + "1 AS ?x) }"));
        assertEquals(400, chain.statusCode(), chain.body());
        assertTrue(chain.body().contains("MSCKG-LIM-006"), chain.body());
        var shallow = client.post("/sparql", "application/sparql-query", "ASK " + "{".repeat(20) + "}".repeat(20));
        assertEquals(200, shallow.statusCode(), shallow.body());
    }

    @Test
    void malformedPercentEncodingGets400() {
        var r = new RawHttp(server.port(), Duration.ofSeconds(10))
                .send("GET", "/sparql?query=SELECT%FF%FE*", null, null);
        assertEquals(400, r.status(), r.text());
        assertTrue(r.body().contains("MSCKG-LIM-007"), r.body());
    }

    @Test
    void serviceCallsToOtherHostsAreRefused() {
        var r = client.get(TestClient.sparql("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"));
        assertTrue(r.statusCode() / 100 == 4, r.statusCode() + " " + r.body());
        assertNoStackTrace(r);
    }

    @Test
    void methodsThatWriteAreNotServedAnywhere() {
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            for (String path : new String[] {"/sparql", "/sparql/get?graph=urn:x", "/api/queries", "/admin/rebuild"}) {
                var r = client.send(client.request(path)
                        .method(method, HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> ."))
                        .build());
                boolean sparql = path.startsWith("/sparql");
                assertEquals(sparql ? 403 : 405, r.statusCode(), method + " " + path);
                assertTrue(r.body().contains(sparql ? "MSCKG-SPQ-001" : "MSCKG-LIM-008"), r.body());
            }
        }
    }

    @Test
    void fusekiErrorPagesCarryNoStackTrace() {
        for (var r : new HttpResponse[] {
            client.get("/sparql/nope"),
            client.post("/sparql", "text/plain", "SELECT * {}"),
            client.get("/sparql/get?graph=urn:no-such-graph"),
            client.get(TestClient.sparql("SELECT * WHERE { ?s ?p ?o } LIMIT -1"))
        }) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) r;
            assertTrue(response.statusCode() / 100 == 4, response.statusCode() + " " + response.body());
            assertNoStackTrace(response);
        }
    }

    @Test
    void anUnexpectedFailureIsAJson500WithAnIncidentNumberAndNoStackTrace() {
        DatasetGraph failing = new DatasetGraphWrapper(BuiltGraph.dataset()) {
            @Override
            public void begin(TxnType type) {
                throw new IllegalStateException("disk on fire at org.example.Disk");
            }
        };
        try (MsckgServer broken = Application.start(
                new ServedDataset(failing),
                ServiceConfig.read(Fixtures.projectRoot().resolve("fuseki-config/msckg-mem.ttl")),
                Fixtures.fixture("queries"),
                Application.Options.loopback(0))) {
            TestClient brokenClient = new TestClient(broken);
            for (String path : new String[] {"/health", "/api/queries/graph-sizes"}) {
                var r = brokenClient.get(path);
                assertEquals(500, r.statusCode(), path);
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
                assertTrue(r.body().matches(".*MSCKG-SRV-001 internal error, incident [0-9a-f]{8}.*"), r.body());
                assertFalse(r.body().contains("disk on fire"), r.body());
                assertNoStackTrace(r);
            }
        }
    }

    @Test
    void whatJettyRefusesItselfIsAnsweredWithTheDocumentedJson() throws Exception {
        for (var refused : REFUSED.entrySet()) {
            String shown =
                    refused.getKey().substring(0, Math.min(60, refused.getKey().length()));
            RawHttp.Response r = raw().exchange(refused.getKey());
            assertEquals(refused.getValue(), r.status(), shown + " -> " + r.text());
            assertTrue(r.head().toLowerCase().contains("content-type: application/json"), shown + " -> " + r.head());
            assertFalse(r.body().contains("<html") || r.body().contains("<h2>"), r.body());
            JsonNode body = JSON.readTree(r.body());
            assertEquals(refused.getValue(), body.get("status").asInt(), r.body());
            assertTrue(body.get("error").asText().startsWith("MSCKG-HTTP-001 "), r.body());
            assertFalse(body.get("error").asText().contains("Exception"), r.body());
            assertFalse(body.get("error").asText().endsWith("Bad Request): Bad Request"), r.body());
        }
    }

    @Test
    void aWellFormedRawRequestIsAnsweredAsBefore() {
        RawHttp.Response r = raw().exchange("GET /health HTTP/1.1\r\n" + HEAD + "\r\n");
        assertEquals(200, r.status(), r.text());
        assertTrue(r.body().contains("\"status\":\"ok\""), r.body());
    }
}
