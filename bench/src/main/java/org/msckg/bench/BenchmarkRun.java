package org.msckg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.msckg.build.ProjectLayout;
import org.msckg.query.named.NamedQuery;
import org.msckg.query.named.NamedQueryCatalog;
import org.msckg.query.named.QueryArguments;
import org.msckg.store.DatasetStore;
import org.msckg.synth.SyntheticProject;

/**
 * The benchmark: a cold build, a warm start, the named-query mix against msckg and the engines a
 * user could pick instead (all loaded from one N-Quads export, all on loopback, each stopped when
 * measured), the JSON API against /sparql, and synthetic builds of growing size.
 */
public final class BenchmarkRun {
    static final List<Integer> CLIENTS = List.of(1, 4, 16);

    private static final int FIXED_BUFFER = 32 * 1024;
    private static final int WARM_STARTS = 3;

    /** @param pointDuration how long each load point runs; @param factors the synthetic sizes to build */
    public record Options(Duration pointDuration, List<Integer> factors, long buildTimeoutMinutes) {}

    private final Path home;
    private final Path work;
    private final Options options;
    private final Consumer<String> progress;
    private final LoadGenerator http = new LoadGenerator();
    private final EngineLauncher launcher;
    private final List<String> notes = new ArrayList<>();

    public BenchmarkRun(Path home, Options options, Consumer<String> progress) {
        this.home = home.toAbsolutePath().normalize();
        this.work = this.home.resolve("target/bench");
        this.options = options;
        this.progress = progress;
        this.launcher = new EngineLauncher(this.home, work, http);
    }

    public BenchmarkReport run(String command) {
        try {
            EngineLauncher.deleteTree(work);
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProjectLayout layout = new ProjectLayout(home);
        List<NamedQuery> queries = NamedQueryCatalog.load(layout.queriesDir()).all();
        Path data = work.resolve("data");

        progress.accept("cold build of the curated project ...");
        BuildProcess.Timing cold =
                BuildProcess.run(home, home, data, options.buildTimeoutMinutes(), work.resolve("logs/build.log"));
        Path nquads = NQuadsExport.write(data, work.resolve("msckg.nq"));
        Path tdbCopy = copyCurrent(data, work.resolve("fuseki-tdb2"));

        List<BenchmarkReport.EngineResult> engines = new ArrayList<>();
        List<BenchmarkReport.ApiComparison> api = new ArrayList<>();
        List<BenchmarkReport.CacheComparison> caching = new ArrayList<>();
        Optional<LoadGenerator.Result> explain;
        long[] warm = new long[1];
        List<Long> warmStarts = new ArrayList<>();
        progress.accept("msckg: warm starts and query mix ...");
        // A user's first start after a new jar records the class-data archive (docs/operations.md) that
        // every later start maps; the warm start measured is one of those later ones.
        try (Engine recording = launcher.msckg("msckg (records the class-data archive)", home, data, List.of(), warm)) {
            if (!archiveCurrent(Duration.ofMinutes(2))) {
                notes.add("the first start recorded no class-data archive: the warm starts measured load every class");
            }
        }
        for (int i = 1; i < WARM_STARTS; i++) {
            try (Engine started = launcher.msckg("msckg", home, data, List.of(), warm)) {
                warmStarts.add(warm[0]);
            }
        }
        Map<String, Integer> expectedRows;
        LoadGenerator.Result cached;
        try (Engine msckg = launcher.msckg("msckg", home, data, List.of(), warm)) {
            warmStarts.add(warm[0]);
            expectedRows = rowCounts(msckg, queries);
            engines.add(measure(msckg, queries, expectedRows, Optional.empty()));
            api.addAll(compareApi(msckg, queries));
            caching.addAll(compareConditional(msckg, queries));
            explain = explain(msckg);
            cached = http.run(apiMix(msckg, queries), 16, options.pointDuration());
        }
        progress.accept("msckg without the result cache ...");
        try (Engine uncached =
                launcher.msckg("msckg, no result cache", home, data, List.of("--cache", "0"), new long[1])) {
            http.run(apiMix(uncached, queries), 4, options.pointDuration().dividedBy(2));
            caching.add(new BenchmarkReport.CacheComparison(
                    "API mix, 16 clients: result cache off vs on",
                    http.run(apiMix(uncached, queries), 16, options.pointDuration()),
                    cached));
        }
        progress.accept("msckg reading TDB2 instead of its in-memory copy ...");
        engines.add(measured(
                () -> launcher.msckg(
                        "msckg, reading TDB2", home, data, List.of("--in-memory-max-quads", "0"), new long[1]),
                queries,
                expectedRows));
        Optional<Path> fusekiJar = launcher.fusekiJar();
        if (fusekiJar.isPresent()) {
            List<String> tdb = List.of("--tdb2", "--loc=" + tdbCopy);
            List<String> mem = List.of("--file=" + nquads);
            engines.add(measured(
                    () -> launcher.fuseki("Fuseki TDB2, as shipped", fusekiJar.get(), tdb, 0), queries, expectedRows));
            engines.add(measured(
                    () -> launcher.fuseki("Fuseki TDB2, 32 KiB buffer", fusekiJar.get(), tdb, FIXED_BUFFER),
                    queries,
                    expectedRows));
            engines.add(measured(
                    () -> launcher.fuseki("Fuseki in memory, 32 KiB buffer", fusekiJar.get(), mem, FIXED_BUFFER),
                    queries,
                    expectedRows));
        } else {
            notes.add("bare Fuseki skipped: no target/fuseki/jena-fuseki-server-*.jar (run mvn package)");
        }
        progress.accept("Oxigraph ...");
        startedOrNoted("Oxigraph", () -> launcher.oxigraph(nquads), queries, expectedRows, Optional.empty(), engines);
        progress.accept("Virtuoso ...");
        long[] virtuosoLoad = new long[1];
        startedOrNoted(
                "Virtuoso",
                () -> launcher.virtuoso(nquads, virtuosoLoad),
                queries,
                expectedRows,
                Optional.of(virtuosoLoad),
                engines);

        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<BenchmarkReport.ScalePoint> scale = new ArrayList<>();
        for (int factor : options.factors()) {
            progress.accept("synthetic x%d: generate, build, query ...".formatted(factor));
            scale.add(scalePoint(factor, queries));
        }
        notes.add("load average (1 min) before the scale-up: %.1f".formatted(loadBefore));
        return new BenchmarkReport(machine(), command, cold, warmStarts, engines, api, caching, explain, scale, notes);
    }

    /**
     * Whether the launcher's class-data archive is newer than the product jar (recorded by the start
     * just made, or by an earlier start of the same jar), waiting up to {@code timeout} for it.
     */
    private boolean archiveCurrent(Duration timeout) {
        Path jar = home.resolve("app/target/msckg.jar");
        Path archive = home.resolve("app/target/msckg.jsa");
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                if (Files.exists(archive)
                        && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
                    return true;
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(200);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private interface Start {
        Engine start();
    }

    private interface MaybeStart {
        Optional<Engine> start();
    }

    private BenchmarkReport.EngineResult measured(
            Start start, List<NamedQuery> queries, Map<String, Integer> expectedRows) {
        try (Engine e = start.start()) {
            progress.accept(e.name() + " ...");
            return measure(e, queries, expectedRows, Optional.empty());
        }
    }

    private void startedOrNoted(
            String name,
            MaybeStart start,
            List<NamedQuery> queries,
            Map<String, Integer> expectedRows,
            Optional<long[]> loadMillis,
            List<BenchmarkReport.EngineResult> engines) {
        Optional<Engine> engine;
        try {
            engine = start.start();
        } catch (RuntimeException e) {
            notes.add(name + " could not be measured: " + e.getMessage());
            return;
        }
        if (engine.isEmpty()) {
            notes.add(name + " skipped: not installed here (see docs/benchmarks.md for how to install it)");
            return;
        }
        try (Engine e = engine.get()) {
            engines.add(measure(e, queries, expectedRows, loadMillis.map(l -> l[0])));
        }
    }

    private BenchmarkReport.EngineResult measure(
            Engine engine, List<NamedQuery> queries, Map<String, Integer> expectedRows, Optional<Long> loadMillis) {
        Map<String, Integer> rows = rowCounts(engine, queries);
        List<String> differences = new ArrayList<>();
        expectedRows.forEach((q, n) -> {
            if (!n.equals(rows.get(q))) {
                Integer got = rows.get(q);
                differences.add(
                        got != null && got < 0
                                ? "%s: HTTP %d, msckg %d rows".formatted(q, -got, n)
                                : "%s: %s rows, msckg %d".formatted(q, got, n));
            }
        });
        List<HttpRequest> mix = queries.stream()
                .map(q -> engine.request(QueryArguments.sparql(q, Map.of())))
                .toList();
        http.run(mix, 4, options.pointDuration().multipliedBy(2));
        List<LoadGenerator.Result> results = new ArrayList<>();
        for (int clients : CLIENTS) {
            results.add(http.run(mix, clients, options.pointDuration()));
        }
        String answers = differences.isEmpty() ? "same rows as msckg" : String.join("; ", differences);
        return new BenchmarkReport.EngineResult(
                engine.name(), engine.version(), results, engine.process().residentMiB(), loadMillis, answers);
    }

    /** Rows each query of the mix returns from an engine (its JSON results counted by their bindings). */
    private Map<String, Integer> rowCounts(Engine engine, List<NamedQuery> queries) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (NamedQuery q : queries) {
            try {
                var r = http.fetch(engine.request(QueryArguments.sparql(q, Map.of())));
                rows.put(q.name(), r.statusCode() == 200 ? ResultCount.ofJson(r.body()) : -r.statusCode());
            } catch (IOException e) {
                rows.put(q.name(), -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return rows;
    }

    private List<BenchmarkReport.ApiComparison> compareApi(Engine msckg, List<NamedQuery> queries) {
        URI base = msckg.queryEndpoint().resolve("/");
        List<BenchmarkReport.ApiComparison> out = new ArrayList<>();
        for (NamedQuery q : queries) {
            HttpRequest sparql = msckg.request(QueryArguments.sparql(q, Map.of()));
            HttpRequest api = HttpRequest.newBuilder(base.resolve("/api/queries/" + q.name()))
                    .header("Accept", "application/json")
                    .build();
            out.add(new BenchmarkReport.ApiComparison(
                    q.name(),
                    http.run(List.of(sparql), 4, options.pointDuration()),
                    http.run(List.of(api), 4, options.pointDuration())));
        }
        return out;
    }

    private static List<HttpRequest> apiMix(Engine msckg, List<NamedQuery> queries) {
        URI base = msckg.queryEndpoint().resolve("/");
        return queries.stream()
                .map(q -> HttpRequest.newBuilder(base.resolve("/api/queries/" + q.name()))
                        .header("Accept", "application/json")
                        .build())
                .toList();
    }

    /** With If-None-Match the server may answer 304 without running anything; the API mix twice. */
    private List<BenchmarkReport.CacheComparison> compareConditional(Engine msckg, List<NamedQuery> queries) {
        URI base = msckg.queryEndpoint().resolve("/");
        List<HttpRequest> plain = apiMix(msckg, queries);
        List<HttpRequest> conditional = new ArrayList<>();
        for (NamedQuery q : queries) {
            URI uri = base.resolve("/api/queries/" + q.name());
            try {
                var first = http.fetch(HttpRequest.newBuilder(uri).build());
                first.headers()
                        .firstValue("ETag")
                        .ifPresent(tag -> conditional.add(HttpRequest.newBuilder(uri)
                                .header("Accept", "application/json")
                                .header("If-None-Match", tag)
                                .build()));
            } catch (IOException e) {
                return List.of();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
        if (conditional.size() != plain.size()) {
            notes.add("msckg sends no ETag on /api/queries: conditional requests not measured");
            return List.of();
        }
        return List.of(new BenchmarkReport.CacheComparison(
                "API mix, 16 clients: 200 with body vs 304 to If-None-Match",
                http.run(plain, 16, options.pointDuration()),
                http.run(conditional, 16, options.pointDuration())));
    }

    /** The explanation of the [64] chain: every chain from iPSC-MSC exosomes to bone loss. */
    private Optional<LoadGenerator.Result> explain(Engine msckg) {
        URI uri = msckg.queryEndpoint().resolve("/api/explain?from=MSCKG:0000021&to=MSCKG:0003001");
        if (http.status(HttpRequest.newBuilder(uri).build()) != 200) {
            notes.add("/api/explain did not answer the [64] chain: explain latency not measured");
            return Optional.empty();
        }
        return Optional.of(http.run(List.of(HttpRequest.newBuilder(uri).build()), 1, options.pointDuration()));
    }

    private BenchmarkReport.ScalePoint scalePoint(int factor, List<NamedQuery> queries) {
        Path project = work.resolve("synth-x" + factor);
        SyntheticProject.Summary s = new SyntheticProject(new ProjectLayout(home), factor, 1).writeTo(project);
        Path data = project.resolve("data");
        BuildProcess.Timing t = BuildProcess.run(
                home, project, data, options.buildTimeoutMinutes(), work.resolve("logs/build-x" + factor + ".log"));
        Map<String, Double> p50 = new LinkedHashMap<>();
        try (Engine e = launcher.msckg("msckg x" + factor, project, data, List.of(), new long[1])) {
            for (NamedQuery q : queries) {
                p50.put(
                        q.name(),
                        http.run(
                                        List.of(e.request(QueryArguments.sparql(q, Map.of()))),
                                        1,
                                        options.pointDuration().dividedBy(2))
                                .p50());
            }
        }
        deleteQuietly(data);
        return new BenchmarkReport.ScalePoint(factor, s.rows(), t, p50);
    }

    private static Path copyCurrent(Path dataDir, Path target) {
        Path current = new DatasetStore(dataDir).current().orElseThrow();
        try (Stream<Path> walk = Files.walk(current)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(current.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static void deleteQuietly(Path dir) {
        try {
            EngineLauncher.deleteTree(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BenchmarkReport.Machine machine() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize()
                / (1024 * 1024);
        return new BenchmarkReport.Machine(
                Runtime.getRuntime().availableProcessors(),
                memory,
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
