package org.msckg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.msckg.build.Beside;
import org.msckg.build.BuildRecord;
import org.msckg.vocab.NamedGraphs;

/**
 * TDB2 datasets under a data folder. A build writes a new dataset beside the served one, under
 * {@code builds/}, and only then points the symbolic link {@code current} at it (an atomic rename),
 * so a failed or killed build leaves the served dataset as it was. {@code fuseki-config/msckg.ttl}
 * names {@code data/current} for a stand-alone Fuseki.
 */
public final class DatasetStore implements Store {
    private static final String CURRENT = "current";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** Heap an in-memory quad takes, measured (docs/operations.md), rounded up. */
    private static final long BYTES_PER_QUAD = 250;

    private final Path dataDir;
    private final long inMemoryMaxQuads;

    public DatasetStore(Path dataDir) {
        this(dataDir, defaultInMemoryMaxQuads());
    }

    /**
     * As many quads as take a quarter of the maximum heap, so that a rebuild, which holds the old and
     * the new copy for a moment, still leaves half of it to the queries.
     */
    public static long defaultInMemoryMaxQuads() {
        return Runtime.getRuntime().maxMemory() / 4 / BYTES_PER_QUAD;
    }

    /** @param inMemoryMaxQuads the largest dataset {@link #openForServing()} copies into memory; 0: never */
    public DatasetStore(Path dataDir, long inMemoryMaxQuads) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.inMemoryMaxQuads = inMemoryMaxQuads;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public String loadStage() {
        return "load TDB2";
    }

    /**
     * Writes the graphs to a new dataset, validating them meanwhile on a thread of its own, and makes
     * the dataset the current one once both are done; returns its folder. On 2 cores the validation
     * then costs the build no time of its own (docs/benchmarks.md, "Build stages side by side").
     */
    @Override
    public String publish(Map<NamedGraphs, Model> graphs, Runnable validation) {
        Path builds = dataDir.resolve("builds");
        Path target = builds.resolve(STAMP.format(LocalDateTime.now()));
        Optional<Path> previous = current();
        Beside<Void> validated = Beside.start("validate", validation);
        try {
            try {
                Files.createDirectories(builds);
                load(target, graphs);
            } catch (IOException | RuntimeException | Error e) {
                validated.await();
                throw e;
            }
            validated.join();
            Path tmp = dataDir.resolve(CURRENT + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createSymbolicLink(tmp, dataDir.relativize(target));
            Files.move(
                    tmp, dataDir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            removeAllBut(target, previous.orElse(target));
            return target.toString();
        } catch (IOException e) {
            deleteQuietly(target);
            throw new UncheckedIOException("cannot write the dataset under " + dataDir, e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(target);
            throw e;
        }
    }

    /**
     * Packs the quads into the new, still private folder ({@link PackedLoader}). In x100 builds (4.1
     * million quads, 2 cores) this stage took 23-26 s against 52-68 s with TDB2's sequential loader,
     * which had used the least CPU of TDB2's own loaders on the same graphs. It writes the indexes
     * outside the dataset's transactions, which is safe only because no one reads the folder before
     * {@code current} points at it.
     */
    private static void load(Path target, Map<NamedGraphs, Model> graphs) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(target.toString());
        try {
            PackedLoader.load(dsg, graphs);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /**
     * The folder of the current dataset, if a build has ever succeeded. A data folder whose pointer
     * is the text file of earlier versions has none, and the next serve builds again.
     */
    public Optional<Path> current() {
        Path pointer = dataDir.resolve(CURRENT);
        if (!Files.isSymbolicLink(pointer)) {
            return Optional.empty();
        }
        try {
            Path target = dataDir.resolve(Files.readSymbolicLink(pointer)).normalize();
            return Files.isDirectory(target) ? Optional.of(target) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<BuildRecord> record() {
        return openCurrent().flatMap(dsg -> LocalQueries.select(dsg, BuildRecord.QUERY, Map.of(), BuildRecord::read));
    }

    public Optional<DatasetGraph> openCurrent() {
        return current().map(p -> {
            try {
                return DatabaseMgr.connectDatasetGraph(p.toString());
            } catch (DBOpEnvException e) {
                throw new StoreLockedException(
                        "MSCKG-STO-003 the dataset %s is in use by another process (a running ./msckg serve?): %s"
                                .formatted(p, e.getMessage()));
            }
        });
    }

    /**
     * The current dataset as a server reads it: copied into memory when it holds at most the
     * in-memory limit of quads (the TDB2 dataset is then closed), else TDB2 itself.
     */
    public Optional<DatasetGraph> openForServing() {
        return openCurrent()
                .map(tdb -> inMemoryCopy(tdb)
                        .map(copy -> {
                            TDBInternal.expel(tdb);
                            return copy;
                        })
                        .orElse(tdb));
    }

    /**
     * {@code tdb} copied into memory, or empty when it holds more quads than the in-memory limit. The
     * build record's triple counts decide first: a copy abandoned at the limit had read and dropped
     * millions of quads at each x1000 start.
     */
    public Optional<DatasetGraph> inMemoryCopy(DatasetGraph tdb) {
        long recorded = LocalQueries.select(tdb, BuildRecord.QUERY, Map.of(), BuildRecord::read)
                .map(r -> r.triplesPerGraph().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .orElse(0L);
        return recorded > inMemoryMaxQuads ? Optional.empty() : InMemoryCopy.of(tdb, inMemoryMaxQuads);
    }

    /** Another process holds the dataset open. */
    public static final class StoreLockedException extends RuntimeException {
        public StoreLockedException(String message) {
            super(message);
        }
    }

    /** Keeps the new dataset and the one a running server may still be reading. */
    private static void removeAllBut(Path keep, Path previous) throws IOException {
        try (Stream<Path> s = Files.list(keep.getParent())) {
            s.filter(p -> !p.equals(keep) && !p.equals(previous)).forEach(DatasetStore::deleteQuietly);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
