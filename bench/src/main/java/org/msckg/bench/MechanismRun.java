package org.msckg.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.msckg.build.ProjectLayout;
import org.msckg.query.named.NamedQuery;
import org.msckg.query.named.NamedQueryCatalog;
import org.msckg.query.named.QueryArguments;
import org.msckg.store.DatasetStore;
import org.msckg.synth.SyntheticProject;

/**
 * The mechanism engine's figures (issue 14), per synthetic size: the closure's build time and size;
 * then, served without the result cache ({@code serve --cache 0}) at one client, every named query's
 * status (all of them once, which is also the server's warm-up) and then its median (for half the
 * time given per measurement), and each after one warm-up request the mechanism named queries (those that read
 * the closure records' {@code msckg:chain}) against bare Fuseki with a 32 KiB buffer on a copy of the same TDB2 with
 * the same query texts, {@code /api/explain} from iPSC-MSC to angiogenesis and the iPSC-MSC entity
 * page, each with median, p95 and p99 and the pauses the server's collector logged meanwhile
 * ({@link GcPauses}); and the mechanism named queries through the API of msckg serving
 * from Virtuoso ({@code serve --store}) loaded with the same build, once the server's copy of the
 * store is in, when Virtuoso is installed.
 */
public final class MechanismRun {
    static final String EXPLAIN = "/api/explain?from=MSCKG:0000004&to=GO:0001525";
    /** How long the measurement through a store waits for the server's copy of it (x1000: 28 million triples). */
    static final Duration COPY_WAIT = Duration.ofMinutes(10);

    static final String ENTITY_PAGE = "/entity/MSCKG:0000004";
    /**
     * The server is given the heap a user of this machine would give a large graph, and the copy half
     * of it at the ~205 bytes a quad took in the x1000 copy (docs/operations.md), so that every size
     * this machine can hold is served from memory, x1000 (28.3 million quads) among them on 23 GB.
     */
    private static final int HEAP_PERCENT = 60;

    private static final int BYTES_PER_QUAD = 205;
    static final String SERVER_HEAP = "-XX:MaxRAMPercentage=" + HEAP_PERCENT;
    static final long IN_MEMORY_MAX_QUADS = physicalMemory() * HEAP_PERCENT / 100 / 2 / BYTES_PER_QUAD;
    private static final String CLOSURE_RECORDS = """
            PREFIX msckg: <https://w3id.org/msckg/schema/>
            SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/msckg/graph/inferred> { ?record a msckg:ChainRecord } }
            """;
    private static final String CLOSURE_CHAINS = """
            PREFIX msckg: <https://w3id.org/msckg/schema/>
            SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/msckg/graph/inferred> { ?record msckg:chain ?chain } }
            """;
    private static final int FIXED_BUFFER = 32 * 1024;
    private static final Pattern CLOSURE_READ = Pattern.compile("msckg:chain\\b");

    /**
     * One measured request: msckg's latencies, where a bare engine answers the same text its, and where
     * the server's collector was logged the pauses it made while the request was measured.
     */
    public record Latency(
            String what,
            LoadGenerator.Result msckg,
            Optional<LoadGenerator.Result> bare,
            Optional<GcPauses.Summary> serverPauses) {
        public Latency(String what, LoadGenerator.Result msckg, Optional<LoadGenerator.Result> bare) {
            this(what, msckg, bare, Optional.empty());
        }

        /** msckg's median over the bare engine's; NaN without one. */
        public double ratio() {
            return bare.map(b -> msckg.p50() / b.p50()).orElse(Double.NaN);
        }

        /** This latency with the server's pauses within {@code measured}; unchanged without one. */
        Latency withPauses(GcPauses pauses, Interval measured) {
            return measured == null
                    ? this
                    : new Latency(what, msckg, bare, Optional.of(pauses.within(measured.from(), measured.to())));
        }
    }

    /** When a request was measured. */
    record Interval(Instant from, Instant to) {}

    /**
     * One synthetic size: rows curated, the build, the closure (records and chains), the status and
     * median of every named query, the first (cold) explain in ms, and the latencies measured.
     */
    public record Point(
            int factor,
            int rows,
            BuildProcess.Timing build,
            long records,
            long chains,
            Map<String, Integer> status,
            Map<String, Double> p50,
            double firstExplainMillis,
            List<Latency> latencies) {}

    private final Path home;
    private final Path work;
    private final Duration perPoint;
    private final long buildTimeoutMinutes;
    private final Consumer<String> progress;
    private final LoadGenerator http = new LoadGenerator();
    private final EngineLauncher launcher;
    private final boolean keepBuilds;

    /** @param keepBuilds keep each size's build and measure a kept one again instead of building it anew */
    public MechanismRun(
            Path home, Duration perPoint, long buildTimeoutMinutes, boolean keepBuilds, Consumer<String> progress) {
        this.home = home.toAbsolutePath().normalize();
        this.work = this.home.resolve("target/bench/mechanism");
        this.perPoint = perPoint;
        this.buildTimeoutMinutes = buildTimeoutMinutes;
        this.keepBuilds = keepBuilds;
        this.progress = progress;
        this.launcher = new EngineLauncher(this.home, work, http);
    }

    public List<Point> run(List<Integer> factors) {
        try {
            if (!keepBuilds) {
                EngineLauncher.deleteTree(work);
            }
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<NamedQuery> queries =
                NamedQueryCatalog.load(new ProjectLayout(home).queriesDir()).all();
        List<Point> points = new ArrayList<>();
        for (int factor : factors) {
            points.add(point(factor, queries));
        }
        return points;
    }

    private Point point(int factor, List<NamedQuery> queries) {
        Path project = work.resolve("synth-x" + factor);
        Path data = project.resolve("data");
        Path log = work.resolve("logs/build-x" + factor + ".log");
        BuildProcess.Timing build;
        if (keepBuilds && Files.exists(log) && new DatasetStore(data).current().isPresent()) {
            progress.accept("synthetic x%d: the kept build (%s)".formatted(factor, log));
            build = BuildProcess.read(readString(log));
        } else {
            progress.accept("synthetic x%d: generate and build ...".formatted(factor));
            new SyntheticProject(new ProjectLayout(home), factor, 1).writeTo(project);
            build = BuildProcess.run(home, project, data, buildTimeoutMinutes, log);
        }
        Map<String, Integer> status = new LinkedHashMap<>();
        Map<String, Double> p50 = new LinkedHashMap<>();
        List<Latency> latencies = new ArrayList<>();
        Map<String, LoadGenerator.Result> mechanism = new LinkedHashMap<>();
        Map<String, Interval> windows = new LinkedHashMap<>();
        long[] size;
        double firstExplain;
        Path gcLog = work.resolve("logs/msckg-x" + factor + "-gc.log");
        progress.accept("synthetic x%d: msckg, no result cache ...".formatted(factor));
        try (Engine msckg = launcher.msckg(
                "msckg x" + factor,
                project,
                data,
                List.of("--cache", "0", "--in-memory-max-quads", String.valueOf(IN_MEMORY_MAX_QUADS)),
                SERVER_HEAP + " " + GcPauses.option(home.relativize(gcLog)),
                new long[1])) {
            URI base = msckg.queryEndpoint().resolve("/");
            size = closureSize(msckg);
            long t0 = System.nanoTime();
            http.status(get(base.resolve(EXPLAIN)));
            firstExplain = (System.nanoTime() - t0) / 1e6;
            Map<NamedQuery, HttpRequest> requests = new LinkedHashMap<>();
            for (NamedQuery q : queries) {
                requests.put(q, msckg.request(QueryArguments.sparql(q, Map.of())));
                status.put(q.name(), http.status(requests.get(q)));
            }
            for (NamedQuery q : queries) {
                Instant from = Instant.now();
                LoadGenerator.Result r = http.run(List.of(requests.get(q)), 1, perPoint.dividedBy(2));
                p50.put(q.name(), r.p50());
                if (mechanism(q)) {
                    mechanism.put(q.name(), r);
                    windows.put(q.name(), new Interval(from, Instant.now()));
                }
            }
            latencies.add(warmedUp("explain iPSC-MSC to angiogenesis", get(base.resolve(EXPLAIN)), perPoint, windows));
            latencies.add(warmedUp("entity page iPSC-MSC", get(base.resolve(ENTITY_PAGE)), perPoint, windows));
        }
        GcPauses pauses = GcPauses.read(gcLog);
        latencies.replaceAll(l -> l.withPauses(pauses, windows.get(l.what())));
        Optional<Path> fusekiJar = launcher.fusekiJar();
        progress.accept("synthetic x%d: bare Fuseki on the same TDB2 ...".formatted(factor));
        Map<String, LoadGenerator.Result> bare = new LinkedHashMap<>();
        if (fusekiJar.isPresent()) {
            Path current = new DatasetStore(data).current().orElseThrow();
            try (Engine fuseki = launcher.fuseki(
                    "Fuseki TDB2 x" + factor + ", 32 KiB buffer",
                    fusekiJar.get(),
                    List.of("--tdb2", "--loc=" + current),
                    FIXED_BUFFER)) {
                for (NamedQuery q : queries) {
                    if (mechanism(q)) {
                        HttpRequest request = fuseki.request(QueryArguments.sparql(q, Map.of()));
                        http.status(request);
                        bare.put(q.name(), http.run(List.of(request), 1, perPoint.dividedBy(2)));
                    }
                }
            }
        }
        mechanism.forEach((name, r) -> latencies.add(
                new Latency(name, r, Optional.ofNullable(bare.get(name))).withPauses(pauses, windows.get(name))));
        progress.accept("synthetic x%d: msckg serving from Virtuoso (--store) ...".formatted(factor));
        latencies.addAll(throughVirtuoso(factor, project, data, queries));
        if (!keepBuilds) {
            deleteQuietly(data);
        }
        return new Point(factor, (int) build.rows(), build, size[0], size[1], status, p50, firstExplain, latencies);
    }

    /**
     * The mechanism named queries as a user of {@code serve --store} asks them: through msckg's API
     * (no result cache), answered by Virtuoso bulk-loaded with the same build. None when Virtuoso is
     * not installed (said on the progress).
     */
    private List<Latency> throughVirtuoso(int factor, Path project, Path data, List<NamedQuery> queries) {
        List<Latency> out = new ArrayList<>();
        if (!VirtuosoServer.installed()) {
            progress.accept("Virtuoso is not installed: the mechanism queries through --store are not measured");
            return out;
        }
        Path nquads = NQuadsExport.write(data, work.resolve("x" + factor + ".nq"));
        try (Engine store = launcher.virtuoso(nquads, new long[1]).orElseThrow();
                Engine msckg = launcher.msckg(
                        "msckg x" + factor + " on Virtuoso",
                        project,
                        data,
                        List.of("--store", store.queryEndpoint().toString(), "--cache", "0"),
                        new long[1])) {
            URI base = msckg.queryEndpoint().resolve("/");
            afterTheCopy(get(base.resolve(EXPLAIN)));
            for (NamedQuery q : queries) {
                if (mechanism(q)) {
                    out.add(warmedUp(
                            q.name() + MechanismMarkdown.THROUGH_STORE,
                            get(base.resolve("/api/queries/" + q.name())),
                            perPoint.dividedBy(2)));
                }
            }
        } catch (RuntimeException e) {
            progress.accept("the mechanism queries through --store on Virtuoso were not measured: " + e.getMessage());
        } finally {
            deleteQuietly(nquads);
        }
        return out;
    }

    /**
     * Waits, at most {@link #COPY_WAIT}, until the server's copy of the store is in ({@code request}, which
     * reads the copy, no longer answers 503): a server answers named queries from its start, but until
     * then the store also serves the copy's pages, so the queries measure a store busy with something else.
     */
    private void afterTheCopy(HttpRequest request) {
        long start = System.nanoTime();
        while (http.status(request) == 503) {
            if (System.nanoTime() - start > COPY_WAIT.toNanos()) {
                progress.accept("the server's copy of the store was not in after %d s: measured beside it"
                        .formatted(COPY_WAIT.toSeconds()));
                return;
            }
            sleep(Duration.ofSeconds(2));
        }
        progress.accept("the server's copy of the store was in after %d s"
                .formatted(Duration.ofNanos(System.nanoTime() - start).toSeconds()));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A named query that reads the chain closure: the records' best chains. */
    static boolean mechanism(NamedQuery q) {
        return CLOSURE_READ.matcher(q.text()).find();
    }

    private Latency warmedUp(String what, HttpRequest request, Duration duration) {
        return warmedUp(what, request, duration, new HashMap<>());
    }

    /** As above, with the interval measured (the warm-up request left out) kept in {@code windows} under {@code what}. */
    private Latency warmedUp(String what, HttpRequest request, Duration duration, Map<String, Interval> windows) {
        http.status(request);
        Instant from = Instant.now();
        LoadGenerator.Result r = http.run(List.of(request), 1, duration);
        windows.put(what, new Interval(from, Instant.now()));
        return new Latency(what, r, Optional.empty());
    }

    private long[] closureSize(Engine msckg) {
        return new long[] {count(msckg, CLOSURE_RECORDS), count(msckg, CLOSURE_CHAINS)};
    }

    /** The count a query answers; -1, said on the progress, when the server answers something else (a timeout). */
    private long count(Engine msckg, String query) {
        try {
            var answer = http.fetch(msckg.request(query));
            if (answer.statusCode() != 200) {
                progress.accept("not counted (%d): %s".formatted(answer.statusCode(), answer.body()));
                return -1;
            }
            return ResultSetMgr.read(
                            new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)),
                            ResultSetLang.RS_JSON)
                    .next()
                    .getLiteral("n")
                    .getLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).build();
    }

    private static void deleteQuietly(Path dir) {
        try {
            EngineLauncher.deleteTree(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long physicalMemory() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    }
}
