package org.msckg.server.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msckg.BuiltGraph;
import org.msckg.TestServer;
import org.msckg.server.MsckgServer;

/** ETags of the served build on the API and on SPARQL GETs: 304 for the current tag, and only for it. */
class ConditionalGetsIT {
    private static MsckgServer server;
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final String API = "/api/queries/claims-per-section";
    private static final String SPARQL = "/sparql?query="
            + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8);

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        var b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String currentTag() {
        return "W/\"" + BuiltGraph.result().checksum() + "\"";
    }

    @Test
    void theApiTagsItsAnswersWithTheBuildChecksum() throws Exception {
        var r = get(API, null);
        assertEquals(200, r.statusCode());
        assertEquals(currentTag(), r.headers().firstValue("ETag").orElseThrow());
        assertTrue(r.body().contains("\"rows\""), r.body());
    }

    @Test
    void theCurrentTagGetsA304WithoutABody() throws Exception {
        var r = get(API, currentTag());
        assertEquals(304, r.statusCode());
        assertEquals("", r.body());
        assertEquals(304, get(SPARQL, currentTag()).statusCode());
    }

    @Test
    void anyOtherTagGetsTheFullAnswer() throws Exception {
        String stale = "W/\"" + "0".repeat(64) + "\"";
        var api = get(API, stale);
        assertEquals(200, api.statusCode());
        assertTrue(api.body().contains("\"rows\""), api.body());
        var sparql = get(SPARQL, stale);
        assertEquals(200, sparql.statusCode());
        assertEquals(currentTag(), sparql.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void errorsCarryNoTagAndAreNeverTurnedInto304() throws Exception {
        var missing = get("/api/queries/no-such-query", null);
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("ETag").isEmpty());
    }

    @Test
    void postedQueriesAreAlwaysRun() throws Exception {
        var r = http.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sparql"))
                        .header("Content-Type", "application/sparql-query")
                        .header("If-None-Match", currentTag())
                        .POST(HttpRequest.BodyPublishers.ofString("ASK {}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
    }
}
