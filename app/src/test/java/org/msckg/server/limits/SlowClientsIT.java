package org.msckg.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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

/**
 * Issue 16, reproduction 3: clients that send a POST body one byte every few seconds, or nothing
 * after the headers, hold connections but no query slot and no thread that /health needs; the
 * server cuts them off, and answers everyone else meanwhile.
 */
class SlowClientsIT {
    private static final int SLOW_CLIENTS = 24;
    private static final Duration BYTE_EVERY = Duration.ofSeconds(3);

    @TempDir
    static Path data;

    private static MsckgServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        server = Application.start(
                new ServedDataset(StoredGraph.publish(data).openCurrent().orElseThrow()),
                ServiceConfig.read(Fixtures.projectRoot().resolve("fuseki-config/msckg.ttl")),
                Fixtures.fixture("queries"),
                Application.Options.loopback(0).with(Limits.DEFAULTS.withQueryTimeout(Duration.ofSeconds(5))));
        client = new TestClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * Sends the head of a POST to /sparql announcing a 1,000-byte body, then a byte every {@link
     * #BYTE_EVERY} (or none); returns the status line the server answered, "closed" when it closed
     * the connection without one, and the seconds it held on.
     */
    private static String trickle(boolean sendBytes) {
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                            + "Content-Length: 1000\r\n\r\nSELECT")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> statusLine(in));
            while (sendBytes && !answer.isDone() && System.nanoTime() - start < 60_000_000_000L) {
                Thread.sleep(BYTE_EVERY.toMillis());
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException closed) {
                    break;
                }
            }
            return answer.get(60, TimeUnit.SECONDS) + " after " + (System.nanoTime() - start) / 1_000_000_000 + " s";
        } catch (Exception e) {
            return "failed: " + e;
        }
    }

    private static String statusLine(InputStream in) {
        try {
            StringBuilder line = new StringBuilder();
            for (int c; (c = in.read()) >= 0 && c != '\r'; ) {
                line.append((char) c);
            }
            return line.isEmpty() ? "closed" : line.toString();
        } catch (IOException e) {
            return "closed";
        }
    }

    @Test
    void healthTheApiAndSparqlAnswerWhileSlowClientsHoldConnectionsAndTheSlowClientsAreCutOff() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SLOW_CLIENTS + 4);
        List<CompletableFuture<String>> slow = new ArrayList<>();
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            boolean sendBytes = i % 4 != 0;
            slow.add(CompletableFuture.supplyAsync(() -> trickle(sendBytes), pool));
        }
        Thread.sleep(1500);
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            var health = client.get("/health");
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, health.statusCode(), health.body());
            assertTrue(ms < 1000, "/health took " + ms + " ms with " + SLOW_CLIENTS + " slow clients");
            Thread.sleep(300);
        }
        var api = client.get("/api/queries/claims-citing?ref=ref:64");
        assertEquals(200, api.statusCode(), api.body());
        var sparql = client.post("/sparql", "application/sparql-query", "ASK { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(200, sparql.statusCode(), sparql.body());
        for (CompletableFuture<String> s : slow) {
            String outcome = s.get(90, TimeUnit.SECONDS);
            assertTrue(
                    outcome.startsWith("HTTP/1.1 408") || outcome.startsWith("closed"),
                    "a slow client ended with " + outcome);
            long seconds = Long.parseLong(outcome.replaceAll(".* after (\\d+) s", "$1"));
            assertTrue(
                    seconds
                            <= RequestLimitFilter.BODY_DEADLINE.toSeconds()
                                    + MsckgServer.IDLE_TIMEOUT.toSeconds()
                                    + BYTE_EVERY.toSeconds()
                                    + 5,
                    "a slow client held on for " + seconds + " s");
        }
        pool.shutdown();
        assertEquals(200, client.get("/health").statusCode());
    }
}
