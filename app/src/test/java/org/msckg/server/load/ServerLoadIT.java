package org.msckg.server.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.StoredGraph;
import org.msckg.query.named.NamedQuery;
import org.msckg.query.named.NamedQueryCatalog;
import org.msckg.server.Application;
import org.msckg.server.MsckgServer;
import org.msckg.server.ServedDataset;
import org.msckg.server.ServiceConfig;
import org.msckg.vocab.NamedGraphs;

/**
 * 16 clients on loopback for 60 s over the named-query mix, entity pages, explain, /health, the query list and /sparql,
 * against the real graph in TDB2 with the default limits. Not in the default run: {@code mvn -B -Pload verify}.
 * Asserts zero errors and a heap after full GC within 10% of the start; prints p50/p99 per kind of
 * request and writes them to target/load-report.md. A second test runs 64 runaway queries and 50
 * slow clients while probing /health (p99 at most 100 ms) and the named-query API (p99 at most
 * 500 ms, no 5xx), after the same probes with no attack for a baseline; it prints the median and
 * p99 of both phases and writes them to target/load-hostile-report.md.
 */
@Tag("load")
class ServerLoadIT {
    private static final int CLIENTS = Integer.getInteger("msckg.load.clients", 16);
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("msckg.load.seconds", 60));
    private static final Duration WARM_UP = Duration.ofSeconds(10);

    @TempDir
    Path data;

    private record Target(String kind, String path) {}

    private static Path queriesDir() throws IOException {
        Path project = Fixtures.projectRoot().resolve("queries");
        if (Files.isDirectory(project)) {
            try (Stream<Path> files = Files.list(project)) {
                if (files.anyMatch(f -> f.toString().endsWith(".rq"))) {
                    return project;
                }
            }
        }
        return Fixtures.fixture("queries");
    }

    /** Each named query with its default parameters (not the runaway one, which is for the timeout tests), health, the list, SPARQL. */
    private static List<Target> mix(Path queries) {
        List<Target> targets = new ArrayList<>();
        for (NamedQuery q : NamedQueryCatalog.load(queries).all()) {
            if (!q.name().startsWith("runaway-")) {
                targets.add(new Target("api " + q.name(), "/api/queries/" + q.name()));
            }
        }
        targets.add(new Target("health", "/health"));
        targets.add(new Target("api list", "/api/queries"));
        for (String curie : List.of("MSCKG:0000004", "CL:0000134", "MONDO:0005300", "GO:0001525")) {
            targets.add(new Target("entity " + curie, "/entity/" + curie));
        }
        targets.add(new Target("explain [64]", "/api/explain?from=MSCKG:0000021&to=MSCKG:0003001"));
        targets.add(new Target(
                "sparql claims",
                "/sparql?query="
                        + URLEncoder.encode(
                                "SELECT ?c ?e WHERE { GRAPH <" + NamedGraphs.ASSERTED.iri()
                                        + "> { ?c <https://w3id.org/msckg/schema/evidence> ?e } } LIMIT 100",
                                StandardCharsets.UTF_8)));
        targets.add(new Target(
                "sparql labels",
                "/sparql?query="
                        + URLEncoder.encode(
                                "SELECT ?s ?l WHERE { GRAPH <" + NamedGraphs.ONTOLOGY.iri()
                                        + "> { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } }",
                                StandardCharsets.UTF_8)));
        return targets;
    }

    private static long heapAfterFullGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static Map<String, Long> run(
            HttpClient http,
            String base,
            List<Target> targets,
            Duration duration,
            Map<String, ConcurrentLinkedQueue<Long>> micros,
            List<String> errors)
            throws Exception {
        AtomicLong requests = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            Random random = new Random(c);
            clients.execute(() -> {
                while (System.nanoTime() < end) {
                    Target t = targets.get(random.nextInt(targets.size()));
                    long start = System.nanoTime();
                    try {
                        var r = http.send(
                                HttpRequest.newBuilder(URI.create(base + t.path()))
                                        .timeout(Duration.ofSeconds(60))
                                        .header("Accept", "application/sparql-results+json, application/json")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            errors.add(t.kind() + ": " + r.statusCode() + " " + r.body());
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.add(t.kind() + ": " + e);
                    }
                    micros.computeIfAbsent(t.kind(), k -> new ConcurrentLinkedQueue<>())
                            .add((System.nanoTime() - start) / 1000);
                    requests.incrementAndGet();
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(duration.toSeconds() + 120, java.util.concurrent.TimeUnit.SECONDS);
        return Map.of("requests", requests.get());
    }

    @Test
    void sixteenClientsForAMinuteGetNoErrorsAndLeaveTheHeapWhereItWas() throws Exception {
        Path queries = queriesDir();
        try (MsckgServer server = Application.start(
                new ServedDataset(StoredGraph.publish(data).openCurrent().orElseThrow()),
                ServiceConfig.read(Fixtures.projectRoot().resolve("fuseki-config/msckg.ttl")),
                queries,
                Application.Options.loopback(0))) {
            HttpClient http = HttpClient.newBuilder()
                    .executor(Executors.newFixedThreadPool(4))
                    .build();
            String base = server.baseUrl();
            List<Target> targets = mix(queries);
            List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
            run(http, base, targets, WARM_UP, new ConcurrentHashMap<>(), errors);
            long heapBefore = heapAfterFullGc();

            Map<String, ConcurrentLinkedQueue<Long>> micros = new ConcurrentHashMap<>();
            long start = System.nanoTime();
            long requests = run(http, base, targets, RUN, micros, errors).get("requests");
            double seconds = (System.nanoTime() - start) / 1e9;
            long heapAfter = heapAfterFullGc();

            StringBuilder report = new StringBuilder();
            report.append("%d clients, %.0f s, %,d requests (%.0f/s), %d errors; queries from %s%n%n"
                    .formatted(
                            CLIENTS,
                            seconds,
                            requests,
                            requests / seconds,
                            errors.size(),
                            Fixtures.projectRoot().relativize(queries)));
            report.append("| request | count | p50 ms | p99 ms |\n| --- | ---: | ---: | ---: |\n");
            List<Long> all = new ArrayList<>();
            new TreeMap<>(micros).forEach((kind, values) -> {
                List<Long> sorted = values.stream().sorted().toList();
                all.addAll(sorted);
                report.append("| %s | %,d | %.1f | %.1f |%n"
                        .formatted(
                                kind,
                                sorted.size(),
                                percentile(sorted, 0.5) / 1000.0,
                                percentile(sorted, 0.99) / 1000.0));
            });
            List<Long> sortedAll = all.stream().sorted().toList();
            report.append("| **all** | %,d | %.1f | %.1f |%n"
                    .formatted(
                            sortedAll.size(),
                            percentile(sortedAll, 0.5) / 1000.0,
                            percentile(sortedAll, 0.99) / 1000.0));
            report.append("%nheap after full GC: %.1f MB before, %.1f MB after (%+.1f%%)%n"
                    .formatted(heapBefore / 1e6, heapAfter / 1e6, 100.0 * (heapAfter - heapBefore) / heapBefore));
            System.out.println(report);
            Files.writeString(Fixtures.projectRoot().resolve("target/load-report.md"), report);

            assertTrue(errors.isEmpty(), () -> errors.size() + " errors, e.g. " + errors.get(0));
            assertTrue(heapAfter <= heapBefore * 1.10, report.toString());
            var health = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains(BuiltGraph.result().checksum()), health.body());
        }
    }

    /** The targets under attack: /health p99 at most 100 ms, the named-query API's at most 500 ms, no 5xx. */
    private static final long HEALTH_P99_MS = 100;

    private static final long API_P99_MS = 500;
    private static final String HEALTH = "health";
    private static final String API = "named-query API";
    /** How long the probes run before the attack starts, for the figures with no attack. */
    private static final Duration BASELINE = Duration.ofSeconds(Long.getLong("msckg.load.baseline.seconds", 20));

    private static final int RUNAWAY_CLIENTS = 64;
    private static final int SLOW_CLIENTS = 50;
    private static final String BACKTRACKING_REGEX =
            "SELECT ?x WHERE { BIND(REGEX(\"" + "1,".repeat(34) + "\", \"^(.*?,){11}P\") AS ?x) }";

    /** POSTs a query body one byte every two seconds until the server answers or closes, then starts again. */
    private static void trickleUntil(int port, long end) {
        while (System.nanoTime() < end) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                socket.setSoTimeout(2000);
                var out = socket.getOutputStream();
                out.write(("POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                                + "Content-Length: 5000\r\n\r\nS")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                while (System.nanoTime() < end) {
                    try {
                        socket.getInputStream().read();
                        break;
                    } catch (java.net.SocketTimeoutException stillWaiting) {
                        out.write('E');
                        out.flush();
                    }
                }
            } catch (IOException cutOff) {
                // the server closed the connection; connect again
            }
        }
    }

    /** The latencies of /health and of the named-query API the probes measured, and their failures (5xx, no answer). */
    private record Probes(Map<String, ConcurrentLinkedQueue<Long>> micros, List<String> errors) {
        List<Long> sorted(String kind) {
            return micros.getOrDefault(kind, new ConcurrentLinkedQueue<>()).stream()
                    .sorted()
                    .toList();
        }

        long p99(String kind) {
            return percentile(sorted(kind), 0.99) / 1000;
        }

        void report(StringBuilder report, String kind, String phase) {
            List<Long> sorted = sorted(kind);
            report.append("| %s | %s | %,d | %d | %.1f | %.1f |%n"
                    .formatted(
                            kind,
                            phase,
                            sorted.size(),
                            errors.stream()
                                    .filter(e -> e.startsWith(kind + ":"))
                                    .count(),
                            percentile(sorted, 0.5) / 1000.0,
                            percentile(sorted, 0.99) / 1000.0));
        }
    }

    /** Four clients asking /health or a named query in turn, 50 ms apart, until {@code end}. */
    private static Probes probe(HttpClient http, String base, List<Target> api, long end) throws InterruptedException {
        Probes probes =
                new Probes(new ConcurrentHashMap<>(), java.util.Collections.synchronizedList(new ArrayList<>()));
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            Random random = new Random(c);
            clients.execute(() -> {
                while (System.nanoTime() < end) {
                    boolean health = random.nextBoolean();
                    Target t = health ? new Target(HEALTH, "/health") : api.get(random.nextInt(api.size()));
                    String kind = health ? HEALTH : API;
                    long start = System.nanoTime();
                    try {
                        var r = http.send(
                                HttpRequest.newBuilder(URI.create(base + t.path()))
                                        .timeout(Duration.ofSeconds(30))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() >= 500) {
                            probes.errors().add(kind + ": " + t.path() + " " + r.statusCode() + " " + r.body());
                        }
                    } catch (IOException | InterruptedException e) {
                        probes.errors().add(kind + ": " + t.path() + " " + e);
                    }
                    probes.micros()
                            .computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>())
                            .add((System.nanoTime() - start) / 1000);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(
                Duration.ofNanos(end - System.nanoTime()).toSeconds() + 60, java.util.concurrent.TimeUnit.SECONDS);
        return probes;
    }

    @Test
    void runawayQueriesAndSlowClientsLeaveHealthAndTheNamedQueryApiFast() throws Exception {
        Path queries = queriesDir();
        var limits = org.msckg.server.limits.Limits.DEFAULTS.withQueryTimeout(Duration.ofSeconds(5));
        try (MsckgServer server = Application.start(
                new ServedDataset(StoredGraph.publish(data).openCurrent().orElseThrow()),
                ServiceConfig.read(Fixtures.projectRoot().resolve("fuseki-config/msckg.ttl")),
                queries,
                Application.Options.loopback(0).with(limits))) {
            HttpClient http = HttpClient.newBuilder()
                    .executor(Executors.newFixedThreadPool(8))
                    .build();
            String base = server.baseUrl();
            List<Target> api = mix(queries).stream()
                    .filter(t -> t.kind().startsWith("api ") && !t.kind().equals("api list"))
                    .toList();
            for (Target t : api) {
                http.send(
                        HttpRequest.newBuilder(URI.create(base + t.path())).build(),
                        HttpResponse.BodyHandlers.ofString());
            }
            Probes baseline = probe(http, base, api, System.nanoTime() + BASELINE.toNanos());
            long end = System.nanoTime() + RUN.toNanos();
            ExecutorService attackers = Executors.newFixedThreadPool(RUNAWAY_CLIENTS + SLOW_CLIENTS);
            Map<Integer, AtomicLong> runawayStatuses = new ConcurrentHashMap<>();
            for (int i = 0; i < RUNAWAY_CLIENTS; i++) {
                attackers.execute(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            var r = http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/sparql?query="
                                                    + URLEncoder.encode(BACKTRACKING_REGEX, StandardCharsets.UTF_8)))
                                            .timeout(Duration.ofSeconds(60))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding());
                            runawayStatuses
                                    .computeIfAbsent(r.statusCode(), k -> new AtomicLong())
                                    .incrementAndGet();
                            if (r.headers().firstValue("Retry-After").isPresent()) {
                                Thread.sleep(1000);
                            }
                        } catch (IOException e) {
                            runawayStatuses
                                    .computeIfAbsent(0, k -> new AtomicLong())
                                    .incrementAndGet();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
            }
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                attackers.execute(() -> trickleUntil(server.port(), end));
            }
            Thread.sleep(3000);
            Probes attacked = probe(http, base, api, end);
            attackers.shutdownNow();
            attackers.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);

            StringBuilder report = new StringBuilder();
            report.append(
                    ("%d runaway /sparql clients (REGEX backtracking, 5 s timeout) and %d slow clients (a POST body"
                                    + " byte every 2 s) for %d s, %d cores, after %d s of the same probes with no attack;"
                                    + " runaway answers by status: %s%n")
                            .formatted(
                                    RUNAWAY_CLIENTS,
                                    SLOW_CLIENTS,
                                    RUN.toSeconds(),
                                    Runtime.getRuntime().availableProcessors(),
                                    BASELINE.toSeconds(),
                                    new TreeMap<>(runawayStatuses)));
            report.append("command: mvn -B -pl app verify -Pload -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false"
                    + " -Dit.test='ServerLoadIT#runaway*'\n\n");
            report.append("| request | phase | count | failures | median ms | p99 ms |\n"
                    + "| --- | --- | ---: | ---: | ---: | ---: |\n");
            for (String kind : List.of(HEALTH, API)) {
                baseline.report(report, kind, "no attack");
                attacked.report(report, kind, "under attack");
            }
            System.out.println(report);
            Files.writeString(Fixtures.projectRoot().resolve("target/load-hostile-report.md"), report);
            assertTrue(baseline.errors().isEmpty(), () -> "with no attack: " + baseline.errors());
            assertTrue(
                    attacked.errors().isEmpty(),
                    () -> attacked.errors().size() + " failures (5xx or no answer), e.g. "
                            + attacked.errors().get(0));
            assertTrue(attacked.p99(HEALTH) <= HEALTH_P99_MS, report::toString);
            assertTrue(attacked.p99(API) <= API_P99_MS, report::toString);
        }
    }
}
