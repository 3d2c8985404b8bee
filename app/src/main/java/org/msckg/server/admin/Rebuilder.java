package org.msckg.server.admin;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.msckg.build.ProjectLayout;
import org.msckg.server.ServedDataset;
import org.msckg.store.DatasetStore;
import org.msckg.store.PublishOperation;
import org.semanticweb.owlapi.reasoner.OWLReasonerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the graph from the project's sources into a new dataset beside the served one, one
 * rebuild at a time, in the background. The server switches to the new dataset only when the build,
 * reasoning, SHACL validation and the write all succeeded; otherwise it keeps serving the old one.
 */
public final class Rebuilder {
    private static final Logger LOG = LoggerFactory.getLogger(Rebuilder.class);

    /** What the last rebuild did; {@code state} is idle, building, succeeded or failed. */
    public record Status(
            String state, String stage, String startedAt, String finishedAt, String servedFrom, String error) {}

    private final PublishOperation publish;
    private final DatasetStore store;
    private final ServedDataset served;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "msckg-rebuild");
        t.setDaemon(true);
        return t;
    });
    private volatile Status status;

    public Rebuilder(
            ProjectLayout layout, DatasetStore store, ServedDataset served, OWLReasonerFactory reasonerFactory) {
        this.publish = new PublishOperation(layout, reasonerFactory, store);
        this.store = store;
        this.served = served;
        this.status = new Status("idle", null, null, null, currentFolder(), null);
    }

    public Status status() {
        return status;
    }

    /** Starts a rebuild; false when one is already running. */
    public synchronized boolean start() {
        if (status.state().equals("building")) {
            return false;
        }
        status = new Status("building", "starting", Instant.now().toString(), null, currentFolder(), null);
        worker.execute(this::rebuild);
        return true;
    }

    private void rebuild() {
        try {
            String location = publish.run(this::progress).location();
            served.switchTo(store.openForServing().orElseThrow());
            progress("[switch] serving " + currentFolder());
            LOG.info("rebuild done; serving {}", location);
            finish("succeeded", null);
        } catch (RuntimeException | Error e) {
            LOG.warn("rebuild failed; still serving {}", currentFolder(), e);
            String message = String.valueOf(e.getMessage());
            finish("failed", message.startsWith("MSCKG-") ? message : "MSCKG-ADM-003 the rebuild failed: " + message);
        }
    }

    private void progress(String line) {
        Status s = status;
        status = new Status(s.state(), line, s.startedAt(), null, s.servedFrom(), null);
    }

    private synchronized void finish(String state, String error) {
        Status s = status;
        status = new Status(state, s.stage(), s.startedAt(), Instant.now().toString(), currentFolder(), error);
    }

    private String currentFolder() {
        return store.current()
                .map(p -> store.dataDir().relativize(p).toString())
                .orElse(null);
    }
}
