package org.msckg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Virtuoso (Debian's virtuoso-opensource-7) as a process of its own over a throwaway database in
 * {@code dir}: SQL and HTTP bound to 127.0.0.1, {@code dir/data} readable by the bulk loader.
 */
public final class VirtuosoServer implements AutoCloseable {
    /** Where Virtuoso answers the Graph Store Protocol, beside its query endpoint at {@code /sparql}. */
    private static final String GRAPH_STORE_PATH = "/sparql-graph-crud";

    private final Path dir;
    private final int sqlPort;
    private final URI base;
    private final ServerProcess process;

    private VirtuosoServer(Path dir, int sqlPort, URI base, ServerProcess process) {
        this.dir = dir;
        this.sqlPort = sqlPort;
        this.base = base;
        this.process = process;
    }

    public static boolean installed() {
        return EngineLauncher.onPath("virtuoso-t") && EngineLauncher.onPath("isql-vt");
    }

    /** Starts it over an empty database in {@code dir} (emptied first) and waits for its first SPARQL answer. */
    public static VirtuosoServer start(Path dir, LoadGenerator http) {
        return start(dir, http, VirtuosoIni.BENCH_MAX_ROWS);
    }

    /** As {@link #start(Path, LoadGenerator)}, cutting every SPARQL answer to {@code resultSetMaxRows} rows. */
    public static VirtuosoServer start(Path dir, LoadGenerator http, int resultSetMaxRows) {
        int sqlPort = ServerProcess.freePort();
        int httpPort = ServerProcess.freePort();
        try {
            EngineLauncher.deleteTree(dir);
            Files.createDirectories(dir.resolve("data"));
            Files.writeString(
                    dir.resolve("virtuoso.ini"),
                    VirtuosoIni.text(dir, dir.resolve("data"), sqlPort, httpPort, resultSetMaxRows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerProcess p = ServerProcess.start(
                "virtuoso",
                List.of(
                        "virtuoso-t",
                        "+foreground",
                        "+configfile",
                        dir.resolve("virtuoso.ini").toString()),
                dir,
                dir.resolve("virtuoso-stdout.log"));
        URI base = URI.create("http://127.0.0.1:" + httpPort);
        try {
            p.awaitReady(http, base.resolve("/sparql?query=ASK%7B%7D"), EngineLauncher.START_TIMEOUT);
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
        return new VirtuosoServer(dir, sqlPort, base, p);
    }

    /** Where the bulk loader may read files from. */
    public Path dataDir() {
        return dir.resolve("data");
    }

    public URI queryEndpoint() {
        return base.resolve("/sparql");
    }

    /** The Graph Store Protocol endpoint that needs no credentials; see {@link #allowAnonymousGraphStoreWrites()}. */
    public URI graphStoreEndpoint() {
        return base.resolve(GRAPH_STORE_PATH);
    }

    /** Lets the anonymous SPARQL user write through the Graph Store Protocol: for a loopback-only instance. */
    public void allowAnonymousGraphStoreWrites() {
        isql("grant SPARQL_UPDATE to \"SPARQL\";");
    }

    /** Loads every {@code *.nq} file of {@link #dataDir()} with the bulk loader (graphs from the quads). */
    public void bulkLoadNQuads() {
        isql("ld_dir('%s', '*.nq', 'urn:msckg:default'); rdf_loader_run(); checkpoint;".formatted(dataDir()));
    }

    private void isql(String sql) {
        Path log = dir.resolve("isql.log");
        try {
            Process p = new ProcessBuilder("isql-vt", "127.0.0.1:" + sqlPort, "dba", "dba", "exec=" + sql)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!p.waitFor(EngineLauncher.START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    || p.exitValue() != 0
                    || Files.readString(log).contains("*** Error")) {
                p.destroyForcibly();
                throw new IllegalStateException("MSCKG-BEN-005 Virtuoso refused `%s`; see %s".formatted(sql, log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public ServerProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
