package org.msckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;

/**
 * Requests Jetty refuses before any filter of msckg runs (headers it cannot parse, a broken request
 * line, an ambiguous or badly encoded URI, HTTP/0.9, an unknown version, headers too large) get the
 * documented JSON error, not Jetty's HTML page; a well-formed request on the same server is
 * answered as before.
 */
class ProtocolErrorsIT {
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
    private static RawHttp raw;

    @BeforeAll
    static void start() {
        server = Application.start(
                new ServedDataset(BuiltGraph.dataset()),
                ServiceConfig.read(Fixtures.projectRoot().resolve("fuseki-config/msckg-mem.ttl")),
                Fixtures.projectRoot().resolve("queries"),
                Application.Options.loopback(0));
        raw = new RawHttp(server.port(), Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void whatJettyRefusesItselfIsAnsweredWithTheDocumentedJson() throws Exception {
        for (var refused : REFUSED.entrySet()) {
            String shown =
                    refused.getKey().substring(0, Math.min(60, refused.getKey().length()));
            RawHttp.Response r = raw.exchange(refused.getKey());
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
    void aWellFormedRequestIsAnsweredAsBefore() {
        RawHttp.Response r = raw.exchange("GET /health HTTP/1.1\r\n" + HEAD + "\r\n");
        assertEquals(200, r.status(), r.text());
        assertTrue(r.body().contains("\"status\":\"ok\""), r.body());
    }
}
