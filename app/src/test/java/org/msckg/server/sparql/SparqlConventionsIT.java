package org.msckg.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msckg.BuiltGraph;
import org.msckg.TestServer;
import org.msckg.server.MsckgServer;
import org.msckg.server.TestClient;
import org.msckg.vocab.NamedGraphs;
import org.msckg.vocab.SD;

/** What generic SPARQL clients expect of /sparql, over the real graph. */
class SparqlConventionsIT {
    private static final String JSON = "application/sparql-results+json";
    private static MsckgServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        client = new TestClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long count(String query) {
        var r = client.get(TestClient.sparql(query), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().split("\r\n")[1].trim());
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheNamedGraphs() {
        long union = Txn.calculateRead(BuiltGraph.dataset(), () ->
                (long) BuiltGraph.dataset().getUnionGraph().size());
        assertTrue(union > 0);
        assertEquals(union, count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
        long perGraph = NamedGraphs.ALL.stream()
                .mapToLong(g -> BuiltGraph.result().triples(g))
                .sum();
        assertEquals(
                perGraph, count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"), "named graphs as before");
        assertEquals(
                BuiltGraph.result().triples(NamedGraphs.ASSERTED),
                count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + NamedGraphs.ASSERTED.iri() + "> { ?s ?p ?o } }"));
    }

    @Test
    void yasguisStarterQueryGetsRows() {
        var r = client.get(TestClient.sparql("SELECT * WHERE { ?sub ?pred ?obj . } LIMIT 10"), "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(11, r.body().split("\r\n").length, r.body());
    }

    @Test
    void getWithoutAQueryDescribesTheServiceInTurtle() {
        var r = client.get("/sparql", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model sd = ModelFactory.createDefaultModel().read(new StringReader(r.body()), null, "TTL");
        Resource service = sd.createResource(server.baseUrl() + "/sparql");
        assertTrue(sd.contains(service, RDF.type, SD.Service));
        assertTrue(sd.contains(service, SD.endpoint, service));
        assertTrue(sd.contains(service, SD.supportedLanguage, SD.SPARQL11Query));
        assertTrue(sd.contains(service, SD.resultFormat, SD.format("SPARQL_Results_JSON")));
        assertTrue(sd.contains(service, SD.feature, SD.UnionDefaultGraph));
        assertFalse(sd.contains(service, SD.feature, SD.BasicFederatedQuery), "federation is disabled");
        assertFalse(sd.contains(null, SD.supportedLanguage, sd.createResource(SD.NS + "SPARQL11Update")));
        for (NamedGraphs g : NamedGraphs.ALL) {
            Resource named = sd.listSubjectsWithProperty(SD.name, sd.createResource(g.iri()))
                    .toList()
                    .get(0);
            Resource graph = named.getPropertyResourceValue(SD.graph);
            assertEquals(
                    BuiltGraph.result().triples(g),
                    graph.getProperty(VOID.triples).getLong(),
                    g.iri());
        }
    }

    @Test
    void theServiceDescriptionComesAsJsonLdTooAndBrowsersStillGetTheEditor() {
        var r = client.get("/sparql", "application/ld+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Model sd = ModelFactory.createDefaultModel().read(new StringReader(r.body()), null, "JSON-LD");
        assertTrue(sd.contains(null, RDF.type, SD.Service));
        var page = client.get("/sparql", "text/html");
        assertTrue(page.body().contains("<textarea name=\"query\""), "the editor page");
    }

    @Test
    void updatesAndGraphStoreWritesGet403ReadOnly() {
        String insert = "INSERT DATA { <urn:a> <urn:b> <urn:c> }";
        var requests = new HttpRequest[] {
            post("/sparql", "application/sparql-update", insert),
            post(
                    "/sparql",
                    "application/x-www-form-urlencoded",
                    "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8)),
            post("/sparql/update", "application/sparql-update", insert),
            post("/sparql?default", "text/turtle", "<urn:a> <urn:b> <urn:c> ."),
            post("/sparql/get?graph=urn:x", "text/turtle", "<urn:a> <urn:b> <urn:c> ."),
            post("/sparql/data?graph=urn:x", "application/n-triples", "<urn:a> <urn:b> <urn:c> ."),
            write("PUT", "/sparql?graph=urn:x"),
            write("PUT", "/sparql/data?default"),
            write("DELETE", "/sparql/get?graph=" + NamedGraphs.ASSERTED.iri()),
            write("PATCH", "/sparql"),
        };
        for (HttpRequest request : requests) {
            var r = client.send(request);
            assertEquals(403, r.statusCode(), request.method() + " " + request.uri());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertTrue(r.body().contains("MSCKG-SPQ-001") && r.body().contains("read-only"), r.body());
        }
        var plain = client.send(client.request("/sparql")
                .header("Content-Type", "application/sparql-update")
                .header("Accept", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(insert))
                .build());
        assertEquals(403, plain.statusCode());
        assertTrue(plain.body().startsWith("MSCKG-SPQ-001 the SPARQL service is read-only"), plain.body());
        assertEquals(
                0, count("SELECT (COUNT(*) AS ?n) WHERE { { <urn:a> ?p ?o } UNION { GRAPH ?g { <urn:a> ?p ?o } } }"));
    }

    @Test
    void aQueryTextAskedAgainIsExecutedAsFusekiParsesIt() {
        String relative =
                "SELECT ?iri ?n WHERE { BIND(<term> AS ?iri) { SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } } }";
        for (int asked = 0; asked < 2; asked++) {
            var r = client.get(TestClient.sparql(relative), "text/csv");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(
                    "iri,n\r\n" + Fuseki.BaseParserSPARQL + "term,"
                            + count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") + "\r\n",
                    r.body());
        }
        var broken = client.get(TestClient.sparql("SELECT * WHERE { ?s ?p }"), JSON);
        assertEquals(400, broken.statusCode());
        assertTrue(broken.body().contains("line 1, column"), broken.body());
    }

    @Test
    void queriesArePostedAsBodiesAndFormsStill() {
        String ask = "ASK { GRAPH ?g { ?s ?p ?o } }";
        assertEquals(
                200,
                client.send(post("/sparql", "application/sparql-query", ask)).statusCode());
        assertEquals(
                200,
                client.send(post(
                                "/sparql/query",
                                "application/x-www-form-urlencoded; charset=UTF-8",
                                "query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8)))
                        .statusCode());
    }

    @Test
    void serviceIsRefusedWithAMessageThatFederationIsDisabled() {
        String federated = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }";
        for (HttpResponse<String> r : new HttpResponse[] {
            client.get(TestClient.sparql(federated), JSON),
            client.send(post("/sparql", "application/sparql-query", federated))
        }) {
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("MSCKG-SPQ-002 federation is disabled"), r.body());
            assertTrue(r.body().contains("http://127.0.0.1:9/sparql"), r.body());
        }
    }

    @Test
    void readOnlyRoutesAllowOtherOrigins() {
        for (String path :
                new String[] {TestClient.sparql("ASK {}"), "/api/queries", "/api/search?q=iPSC", "/.well-known/void"}) {
            var r = client.send(client.request(path)
                    .header("Origin", "http://elsewhere.example")
                    .build());
            assertEquals(200, r.statusCode(), path);
            assertEquals(
                    Optional.of("http://elsewhere.example"),
                    r.headers().firstValue("Access-Control-Allow-Origin"),
                    path);
            assertEquals(Optional.empty(), r.headers().firstValue("Access-Control-Allow-Credentials"), path);
        }
    }

    @Test
    void aPreflightIsAnsweredForQueriesButNotForWrites() {
        var ok = client.send(client.request("/sparql")
                .header("Origin", "http://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(200, ok.statusCode());
        assertEquals(Optional.of("http://elsewhere.example"), ok.headers().firstValue("Access-Control-Allow-Origin"));
        assertTrue(ok.headers()
                .firstValue("Access-Control-Allow-Methods")
                .orElse("")
                .contains("POST"));
        var put = client.send(client.request("/sparql")
                .header("Origin", "http://elsewhere.example")
                .header("Access-Control-Request-Method", "PUT")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(Optional.empty(), put.headers().firstValue("Access-Control-Allow-Origin"));
    }

    @Test
    void pagesHealthAndMetricsStaySameOrigin() {
        for (String path : new String[] {"/", "/health", "/metrics", "/entity/MSCKG:0000004"}) {
            var r = client.send(client.request(path)
                    .header("Origin", "http://elsewhere.example")
                    .build());
            assertEquals(200, r.statusCode(), path);
            assertEquals(Optional.empty(), r.headers().firstValue("Access-Control-Allow-Origin"), path);
        }
    }

    private static HttpRequest post(String path, String contentType, String body) {
        return client.request(path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static HttpRequest write(String method, String path) {
        return client.request(path)
                .header("Content-Type", "text/turtle")
                .method(method, HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> ."))
                .build();
    }
}
