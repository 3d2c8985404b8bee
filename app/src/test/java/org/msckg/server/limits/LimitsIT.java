package org.msckg.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.Fixtures;
import org.msckg.StoredGraph;
import org.msckg.server.Application;
import org.msckg.server.MsckgServer;
import org.msckg.server.ServedDataset;
import org.msckg.server.ServiceConfig;
import org.msckg.server.TestClient;
import org.msckg.vocab.NamedGraphs;
import org.msckg.vocab.Prefixes;

/**
 * The limits over the real graph in TDB2: a 4 s timeout (queries of the row-limit test take a few
 * hundred milliseconds, which a loaded machine stretches), one query at a time, five rows per API answer.
 */
class LimitsIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(4);
    private static final long STOPPED_WITHIN_MS = TIMEOUT.toMillis() + 1000;
    private static final String CROSS_PRODUCT =
            "{ GRAPH <" + NamedGraphs.IMPORTS.iri() + "> { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } }";

    @TempDir
    static Path data;

    private static MsckgServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        Limits limits = Limits.DEFAULTS
                .withQueryTimeout(TIMEOUT)
                .withMaxConcurrentQueries(1)
                .withWaiting(1, Duration.ofSeconds(30))
                .withMaxRows(5)
                .withMaxBodyBytes(64 * 1024)
                .withMaxQueryStringChars(4096);
        server = Application.start(
                new ServedDataset(StoredGraph.publish(data).openCurrent().orElseThrow()),
                ServiceConfig.read(Fixtures.projectRoot().resolve("fuseki-config/msckg.ttl")),
                Fixtures.fixture("queries"),
                Application.Options.loopback(0).with(limits));
        client = new TestClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Threads inside the query engine or the data; none once every query has ended. */
    private static long threadsRunningQueries() {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack -> Arrays.stream(stack)
                        .anyMatch(f -> f.getClassName().startsWith("org.apache.jena.sparql.engine")
                                || f.getClassName().startsWith("org.apache.jena.tdb2.solver")
                                || f.getClassName().equals(GuardedDataset.class.getName())))
                .count();
    }

    private static void assertNoQueryRunsOneSecondLater() throws InterruptedException {
        long until = System.currentTimeMillis() + 1000;
        while (threadsRunningQueries() > 0 && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertEquals(0, threadsRunningQueries(), "a thread still runs the stopped query");
    }

    private static void assertServerStillAnswers() {
        assertEquals(200, client.get("/health").statusCode());
        var count = client.get(
                TestClient.sparql(
                        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + NamedGraphs.BUILD.iri() + "> { ?s ?p ?o } }"),
                "text/csv");
        assertEquals(200, count.statusCode());
        assertTrue(count.body().startsWith("n\r\n"), count.body());
    }

    @Test
    void aRunawaySparqlCountIsStoppedWithinItsTimeoutAndFreesItsThread() throws Exception {
        long start = System.nanoTime();
        var r = client.get(
                TestClient.sparql("SELECT (COUNT(*) AS ?n) WHERE " + CROSS_PRODUCT), "application/sparql-results+json");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < STOPPED_WITHIN_MS, "stopped after " + ms + " ms");
        assertEquals(503, r.statusCode(), r.body());
        assertFalse(r.body().contains("\"n\""), r.body());
        assertNoQueryRunsOneSecondLater();
        assertServerStillAnswers();
    }

    @Test
    void aRunawaySparqlSelectThatStreamsRowsIsCutOffWithinItsTimeout() throws Exception {
        long start = System.nanoTime();
        try (InputStream body = HttpClient.newHttpClient()
                .send(
                        client.request(TestClient.sparql("SELECT * WHERE " + CROSS_PRODUCT))
                                .header("Accept", "text/tab-separated-values")
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream())
                .body()) {
            byte[] buffer = new byte[64 * 1024];
            while (body.read(buffer) >= 0) {
                assertTrue(System.nanoTime() - start < STOPPED_WITHIN_MS * 1_000_000, "still streaming rows");
            }
        } catch (IOException expected) {
            // the server cut the response off mid-stream
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < STOPPED_WITHIN_MS, "stopped after " + ms + " ms");
        assertNoQueryRunsOneSecondLater();
        assertServerStillAnswers();
    }

    @Test
    void aRunawayNamedQueryIsStoppedWithinItsTimeoutWithAClearMessage() throws Exception {
        long start = System.nanoTime();
        var r = client.get("/api/queries/runaway-cross-product");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < STOPPED_WITHIN_MS, "stopped after " + ms + " ms");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("MSCKG-LIM-005"), r.body());
        assertFalse(r.body().contains("\"rows\""), r.body());
        assertNoQueryRunsOneSecondLater();
        assertServerStillAnswers();
    }

    /** Threads waiting in the limit filter for a query slot. */
    private static long threadsWaitingForASlot() {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack ->
                        Arrays.stream(stack).anyMatch(f -> f.getClassName().equals(Slots.class.getName())))
                .count();
    }

    @Test
    void aQueryWaitsItsTurnBehindTheBoundAndOneMoreGets503WithRetryAfterWhileHealthAndMetricsStillAnswer()
            throws Exception {
        CompletableFuture<HttpResponse<String>> slow =
                CompletableFuture.supplyAsync(() -> client.get("/api/queries/runaway-cross-product"));
        long until = System.currentTimeMillis() + 1000;
        while (threadsRunningQueries() == 0 && System.currentTimeMillis() < until) {
            Thread.sleep(10);
        }
        assertEquals(1, threadsRunningQueries(), "the slow query runs");
        CompletableFuture<HttpResponse<String>> waiting =
                CompletableFuture.supplyAsync(() -> client.get("/api/queries/claims-citing"));
        until = System.currentTimeMillis() + 1000;
        while (threadsWaitingForASlot() == 0 && System.currentTimeMillis() < until) {
            Thread.sleep(10);
        }
        assertEquals(1, threadsWaitingForASlot(), "the second query waits for the slot");
        var refused = client.get("/api/queries/claims-citing");
        assertEquals(503, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("MSCKG-LIM-004"), refused.body());
        assertTrue(refused.body().contains("1 more are waiting"), refused.body());
        assertEquals(
                String.valueOf(Limits.RETRY_AFTER_SECONDS),
                refused.headers().firstValue("Retry-After").orElse(""));
        assertEquals(200, client.get("/health").statusCode(), "health is not bounded");
        var metrics = client.get("/metrics");
        assertEquals(200, metrics.statusCode(), "metrics are not bounded: " + metrics.body());
        assertTrue(metrics.body().contains("msckg_limit_refusals_total{reason=\"busy\"}"), metrics.body());
        assertFalse(slow.isDone(), "metrics answered while the slow query held the only slot, not after it");
        assertFalse(waiting.isDone(), "the second query waits while the slow one runs");
        assertEquals(503, slow.get().statusCode());
        var second = waiting.get();
        assertEquals(200, second.statusCode(), "the waiting query runs once the slot is free: " + second.body());
        assertNoQueryRunsOneSecondLater();
    }

    @Test
    void theApiReturnsAtMostTheRowLimitAndSaysSoWhileSparqlReturnsEveryRow() {
        String text = Fixtures.read("queries/claims-citing.rq");
        for (String ref : new String[] {"64", "119", "999"}) {
            var csv = client.get(
                    TestClient.sparql(text.replace("?_ref", "<https://w3id.org/msckg/ref/" + ref + ">")), "text/csv");
            int all = csv.body().split("\r\n").length - 1;
            var api = client.get("/api/queries/claims-citing?ref=ref:" + ref);
            assertEquals(200, api.statusCode(), api.body());
            assertEquals(Math.min(all, 5), api.body().split("\"claim\":").length - 1, api.body());
            assertTrue(api.body().contains("\"truncated\":" + (all > 5)), api.body());
            assertTrue(api.body().contains("\"rowLimit\":5"), api.body());
        }
        var many = client.get("/api/queries/labels-containing?text=cell");
        assertTrue(many.body().contains("\"truncated\":true"), many.body());
        assertEquals(5, many.body().split("\"term\":").length - 1, many.body());
    }

    @Test
    void theApiPagesAnAnswerThroughItsNextLinksToEveryRowSparqlReturns() throws IOException {
        var csv = client.get(
                TestClient.sparql(Fixtures.read("queries/labels-containing.rq").replace("?_text", "\"mesenchymal\"")),
                "text/csv");
        List<String> all = Arrays.stream(csv.body().split("\r\n"))
                .skip(1)
                .map(line -> line.substring(0, line.indexOf(',')))
                .sorted()
                .toList();
        assertTrue(all.size() > 10, "more than two pages of five: " + all.size());
        List<String> paged = new ArrayList<>();
        String next = "/api/queries/labels-containing?text=mesenchymal";
        while (next != null) {
            var page = client.get(next);
            assertEquals(200, page.statusCode(), page.body());
            JsonNode body = new ObjectMapper().readTree(page.body());
            assertEquals(paged.size(), body.get("offset").asLong());
            body.get("rows")
                    .forEach(r -> paged.add(Prefixes.expand(r.get("term").asText())
                            .orElse(r.get("term").asText())));
            assertEquals(body.has("next"), body.get("truncated").asBoolean(), page.body());
            next = body.has("next") ? body.get("next").asText() : null;
        }
        assertEquals(all, paged.stream().sorted().toList(), "every row once");
        var second = client.get("/queries/labels-containing?text=mesenchymal&offset=5");
        assertEquals(200, second.statusCode(), second.body());
        assertTrue(second.body().contains("rows 6-10"), second.body());
        assertTrue(
                second.body()
                        .contains(
                                "id=\"previous-page\" rel=\"prev\" href=\"/queries/labels-containing?text=mesenchymal&amp;offset=0\""),
                second.body());
        assertTrue(
                second.body()
                        .contains(
                                "id=\"next-page\" rel=\"next\" href=\"/queries/labels-containing?text=mesenchymal&amp;offset=10\""),
                second.body());
        var secondCsv = client.get("/queries/labels-containing/csv?text=mesenchymal&offset=5");
        assertEquals(
                paged.subList(5, 10),
                Arrays.stream(secondCsv.body().split("\r\n"))
                        .skip(1)
                        .map(line -> line.substring(0, line.indexOf(',')))
                        .map(t -> Prefixes.expand(t).orElse(t))
                        .toList(),
                "the CSV holds the page's rows");
        var negative = client.get("/api/queries/labels-containing?text=cell&offset=-5");
        assertEquals(400, negative.statusCode());
        assertTrue(negative.body().contains("parameter 'offset': '-5'"), negative.body());
        assertEquals(
                400,
                client.get("/api/queries/labels-containing?text=cell&offset=ten")
                        .statusCode());
    }

    @Test
    void aBodyOverTheCapIsRefusedWith413BeforeItIsRead() {
        var r = client.post(
                "/sparql", "application/sparql-query", "SELECT * WHERE { ?s ?p \"" + "x".repeat(70 * 1024) + "\" }");
        assertEquals(413, r.statusCode());
        assertTrue(r.body().contains("MSCKG-LIM-001"), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void aQueryStringOverTheCapIsRefusedWith414() {
        var r = client.get(TestClient.sparql("SELECT * WHERE { ?s ?p \"" + "x".repeat(5000) + "\" }"));
        assertEquals(414, r.statusCode());
        assertTrue(r.body().contains("MSCKG-LIM-002"), r.body());
        var under = client.get(TestClient.sparql("ASK { ?s ?p \"" + "x".repeat(3000) + "\" }"));
        assertEquals(200, under.statusCode(), "a query string under the cap is answered");
    }

    @Test
    void aChunkedBodyWithoutLengthIsRefusedWith411() {
        var r = client.send(client.request("/sparql")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream("ASK {}".getBytes())))
                .build());
        assertEquals(411, r.statusCode());
        assertTrue(r.body().contains("MSCKG-LIM-003"), r.body());
    }

    /** Issue 16, reproduction 1: REGEX backtracking catastrophically over a constant, no data read. */
    private static final String BACKTRACKING_REGEX =
            "SELECT ?x WHERE { BIND(REGEX(\"" + "1,".repeat(34) + "\", \"^(.*?,){11}P\") AS ?x) }";

    private static void assertStoppedInTime(String query) throws InterruptedException {
        long start = System.nanoTime();
        var r = client.get(TestClient.sparql(query), "text/csv");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < STOPPED_WITHIN_MS, "stopped after " + ms + " ms: " + r.body());
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("MSCKG-LIM-005"), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertNoQueryRunsOneSecondLater();
        assertServerStillAnswers();
    }

    @Test
    void aRegexThatBacktracksCatastrophicallyIsStoppedWithinItsTimeout() throws Exception {
        assertStoppedInTime(BACKTRACKING_REGEX);
    }

    @Test
    void aReplaceThatBacktracksCatastrophicallyIsStoppedWithinItsTimeout() throws Exception {
        assertStoppedInTime(
                "SELECT ?x WHERE { BIND(REPLACE(\"" + "1,".repeat(34) + "\", \"^(.*?,){11}P\", \"x\") AS ?x) }");
    }

    @Test
    void aRegexInAFilterOverDataIsStoppedWithinItsTimeout() throws Exception {
        assertStoppedInTime("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(REGEX(CONCAT(\"" + "1,".repeat(34)
                + "\", STR(?o)), \"^(.*?,){11}[$][$]\")) } LIMIT 1");
    }

    private static String valuesCrossProduct() {
        StringBuilder values = new StringBuilder();
        for (String v : new String[] {"a", "b", "c", "d", "e", "f", "g"}) {
            values.append(" VALUES ?").append(v).append(" { 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 }");
        }
        return values.toString();
    }

    @Test
    void anAggregateOfStringFunctionsOverACrossProductOfValuesIsStoppedWithinTheTimeout() throws Exception {
        assertStoppedInTime("SELECT (SUM(STRLEN(UCASE(CONCAT(STR(?a), STR(?b), STR(?c))))) AS ?n) WHERE {"
                + valuesCrossProduct() + " }");
    }

    @Test
    void aCountOfACrossProductOfValuesIsStoppedWithinTheTimeout() throws Exception {
        assertStoppedInTime("SELECT (COUNT(*) AS ?n) WHERE {" + valuesCrossProduct() + " }");
    }

    /** Issue 16, reproduction 2: a string doubled k times with CONCAT. */
    private static String doublings(int k) {
        StringBuilder q = new StringBuilder("SELECT (STRLEN(?x" + k + ") AS ?n) WHERE { BIND(\"a\" AS ?x0)");
        for (int i = 0; i < k; i++) {
            q.append(" BIND(CONCAT(?x%d,?x%d) AS ?x%d)".formatted(i, i, i + 1));
        }
        return q.append(" }").toString();
    }

    /** Runs the query on /sparql and asserts the 422 JSON answer of the string budget, in time. */
    private static HttpResponse<String> assertEndsOnTheStringBudget(String query) {
        long start = System.nanoTime();
        var r = client.get(TestClient.sparql(query), "text/csv");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(ms < STOPPED_WITHIN_MS, "stopped after " + ms + " ms");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.body().contains("MSCKG-LIM-009"), r.body());
        assertTrue(r.body().contains("--max-string-chars"), r.body());
        return r;
    }

    @Test
    void aStringDoubledPastTheBudgetEndsTheQueryWithAJsonErrorNamingTheLimit() {
        var r = assertEndsOnTheStringBudget(doublings(31));
        assertFalse(r.body().contains("array length"), r.body());
        assertFalse(r.body().contains("heap"), r.body());
        var posted = client.post("/sparql", "application/sparql-query", doublings(40));
        assertEquals(422, posted.statusCode(), posted.body());
        assertTrue(posted.body().contains("MSCKG-LIM-009"), posted.body());
        assertServerStillAnswers();
    }

    @Test
    void aGroupConcatOverACrossProductOfEvidenceEndsWithAJsonErrorNamingTheLimit() throws Exception {
        String evidence = "<https://w3id.org/msckg/schema/evidence>";
        // Eight sentences a row, each row's string short (not counted), so the budget is reached after a few thousand
        // rows.
        var r = assertEndsOnTheStringBudget("SELECT (STRLEN(GROUP_CONCAT(CONCAT(?e, ?f, ?e, ?f, ?e, ?f, ?e, ?f)))"
                + " AS ?n) WHERE { GRAPH <" + NamedGraphs.ASSERTED.iri() + "> { ?c " + evidence + " ?e . ?d "
                + evidence + " ?f } }");
        assertFalse(r.body().contains("\"n\""), r.body());
        assertNoQueryRunsOneSecondLater();
        assertServerStillAnswers();
    }

    @Test
    void aStringUnderTheBudgetIsBuiltAndCounted() {
        var r = client.get(TestClient.sparql(doublings(20)), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("n\r\n" + (1 << 20) + "\r\n", r.body());
    }

    @Test
    void twoBudgetBreakingQueriesAtOnceGetTheirJsonErrorsAndNoOutOfMemory() throws Exception {
        var first = CompletableFuture.supplyAsync(() -> client.get(TestClient.sparql(doublings(31)), "text/csv"));
        var second = CompletableFuture.supplyAsync(() -> client.get(TestClient.sparql(doublings(31)), "text/csv"));
        for (var r : java.util.List.of(first.get(), second.get())) {
            assertEquals(422, r.statusCode(), r.body());
            assertTrue(r.body().contains("MSCKG-LIM-009"), r.body());
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path :
                new String[] {"/", "/search?q=stem", "/api/queries", "/health", "/static/style.css", "/no-such-page"}) {
            var r = client.get(path, "text/html");
            assertEquals(
                    "nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertTrue(csp.contains("script-src 'self'"), path + ": " + csp);
            assertFalse(csp.contains("unsafe-eval"), path + ": " + csp);
        }
        var editor = client.get("/sparql", "text/html");
        assertTrue(editor.body().contains("codemirror"), "the editor page loads its scripts from /static");
        assertTrue(editor.headers().firstValue("Content-Security-Policy").isPresent());
        var answer = client.get(TestClient.sparql("ASK {}"), "application/sparql-results+json");
        assertEquals(
                "nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void aGraphStoreReadWithoutAGraphIsRefusedAndOneGraphIsAnswered() {
        for (String path : new String[] {"/sparql/get", "/sparql/get?x=1"}) {
            var r = client.get(path, "application/n-quads");
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("MSCKG-LIM-010"), r.body());
            assertFalse(r.body().contains("<https://w3id.org/msckg/"), "no quad is sent");
        }
        var one = client.get("/sparql/get?graph=" + NamedGraphs.BUILD.iri(), "application/n-triples");
        assertEquals(200, one.statusCode(), one.body());
        assertTrue(one.body().contains("sourceChecksum"), one.body());
    }

    @Test
    void answersOfQueriesWithVolatileFunctionsGetNoEntityTag() {
        var stable = client.get(TestClient.sparql("SELECT (1 AS ?x) WHERE {}"), "text/csv");
        assertTrue(stable.headers().firstValue("ETag").isPresent(), "a stable answer is tagged");
        for (String f : new String[] {"RAND()", "NOW()", "UUID()", "STRUUID()", "bnode()", "BNODE(\"x\")"}) {
            var r = client.send(client.request(TestClient.sparql("SELECT (" + f + " AS ?x) WHERE {}"))
                    .header("Accept", "text/csv")
                    .header("If-None-Match", stable.headers().firstValue("ETag").orElseThrow())
                    .build());
            assertEquals(200, r.statusCode(), f);
            assertTrue(r.headers().firstValue("ETag").isEmpty(), f);
        }
    }
}
