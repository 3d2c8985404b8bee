package org.msckg.server;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.msckg.store.DatasetStore;

/**
 * The dataset the server answers from. A switch replaces it in one step: a request takes the
 * dataset once and reads only that one, so it sees the old or the new dataset, never a mix. The
 * dataset switched away from stays open for the requests still reading it and is closed at the
 * switch after next.
 */
public final class ServedDataset {
    /**
     * How long after the start the copy begins: made at once, it shared the two cores with the first
     * requests and delayed the first answer by 0.07-0.17 s (docs/benchmarks.md).
     */
    static final Duration COPY_DELAY = Duration.ofSeconds(1);

    private final AtomicReference<DatasetGraph> current;
    private final List<Consumer<DatasetGraph>> listeners = new CopyOnWriteArrayList<>();
    private DatasetGraph retired;

    public ServedDataset(DatasetGraph initial) {
        this.current = new AtomicReference<>(initial);
    }

    /** The current dataset of {@code store}, read from TDB2 until {@link #copyIntoMemory} switches to a copy. */
    public static ServedDataset current(DatasetStore store) {
        return new ServedDataset(store.openCurrent().orElseThrow());
    }

    /**
     * Copies the dataset served now into memory, in the background from {@link #COPY_DELAY} on, and
     * switches to the copy when it is made, unless a rebuild has switched first: answers come from
     * TDB2 meanwhile, so a start does not wait for the copy.
     */
    public void copyIntoMemory(DatasetStore store, Consumer<String> log) {
        DatasetGraph tdb = get();
        Thread copier = new Thread(
                () -> afterDelay(
                        () -> store.inMemoryCopy(tdb)
                                .ifPresentOrElse(
                                        copy -> {
                                            if (replace(tdb, copy)) {
                                                log.accept("  answering from an in-memory copy of the dataset now");
                                            }
                                        },
                                        () -> log.accept(
                                                "  answering from TDB2: the dataset has more quads than --in-memory-max-quads"))),
                "in-memory-copy");
        copier.setDaemon(true);
        copier.start();
    }

    private static void afterDelay(Runnable task) {
        try {
            Thread.sleep(COPY_DELAY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        task.run();
    }

    public DatasetGraph get() {
        return current.get();
    }

    /** Called with the new dataset at each switch, before the web app sees it. */
    public void onSwitch(Consumer<DatasetGraph> listener) {
        listeners.add(listener);
    }

    /** Switches to {@code next} only if {@code expected} is still the one served; true when it did. */
    public synchronized boolean replace(DatasetGraph expected, DatasetGraph next) {
        if (current.get() != expected) {
            return false;
        }
        switchTo(next);
        return true;
    }

    public synchronized void switchTo(DatasetGraph next) {
        listeners.forEach(l -> l.accept(next));
        // One full collection of what making the next dataset and its indexes left in the old generation
        // (the TDB2 reads of an in-memory copy): left to G1, it was collected during the first minute of
        // answers from an x1000 copy, in pauses of 170-870 ms (docs/benchmarks.md).
        System.gc();
        DatasetGraph previous = current.getAndSet(next);
        if (retired != null && retired != next && TDBInternal.isTDB2(retired)) {
            TDBInternal.expel(retired);
        }
        retired = previous;
    }
}
