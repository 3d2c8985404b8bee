package org.msckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.msckg.vocab.NamedGraphs;

/** Fuseki and Javalin started together on one port over the real graph (Jetty versions aligned). */
class ServerIT {
    private static MsckgServer server;
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String pathAndQuery, String accept)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void sparqlCountsTriplesOfEveryNamedGraphAsJson() throws Exception {
        var r = get(q(COUNT), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        long expected = NamedGraphs.ALL.stream()
                .mapToLong(g -> BuiltGraph.result().triples(g))
                .sum();
        JsonNode n = new ObjectMapper().readTree(r.body()).at("/results/bindings/0/n");
        assertEquals(
                "http://www.w3.org/2001/XMLSchema#integer", n.path("datatype").asText(), r.body());
        assertEquals(expected, n.path("value").asLong(), r.body());
    }

    @Test
    void selectResultsComeInTheFormatTheAcceptHeaderAsks() throws Exception {
        assertTrue(get(q(COUNT), "application/sparql-results+xml").body().contains("<sparql"));
        assertTrue(get(q(COUNT), "text/csv").body().startsWith("n\r\n"));
        assertTrue(get(q(COUNT), "text/tab-separated-values").body().startsWith("?n\n"));
    }

    @Test
    void constructComesAsTurtleNTriplesOrJsonLd() throws Exception {
        String construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + NamedGraphs.BUILD.iri() + "> { ?s ?p ?o }"
                + " FILTER(isIRI(?s) && isIRI(?o)) } LIMIT 3";
        assertTrue(get(q(construct), "text/turtle")
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("text/turtle"));
        assertTrue(get(q(construct), "application/n-triples").body().contains("> <"));
        assertTrue(get(q(construct), "application/ld+json").body().trim().startsWith("{"));
    }

    @Test
    void queriesArePostedToo() throws Exception {
        var r = post("/sparql", "application/sparql-query", COUNT);
        assertEquals(200, r.statusCode());
    }

    @Test
    void updatesAndGraphStoreWritesAreRefusedAndChangeNothing() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }";
        assertTrue(post("/sparql", "application/sparql-update", insert).statusCode() / 100 == 4);
        assertTrue(post(
                                        "/sparql",
                                        "application/x-www-form-urlencoded",
                                        "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8))
                                .statusCode()
                        / 100
                == 4);
        assertTrue(post("/sparql?graph=urn:x", "text/turtle", "<urn:a> <urn:b> <urn:c> .")
                                .statusCode()
                        / 100
                == 4);
        var ask = get(q("ASK { GRAPH ?g { <urn:a> ?p ?o } }"), "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), ask.body());
    }

    @Test
    void healthReportsTriplesPerGraphAndTheSourceChecksum() throws Exception {
        var r = get("/health", "application/json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"status\":\"ok\""), r.body());
        assertTrue(r.body().contains("\"asserted\":" + BuiltGraph.result().triples(NamedGraphs.ASSERTED)), r.body());
        assertTrue(r.body().contains(BuiltGraph.result().checksum()), r.body());
    }

    @Test
    void unknownNamedQueriesAndParametersAreClearErrors() throws Exception {
        var missing = get("/api/queries/no-such-query", "application/json");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("no named query 'no-such-query'"), missing.body());
    }
}
