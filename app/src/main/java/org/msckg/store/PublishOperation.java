package org.msckg.store;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.msckg.build.BuildOperation;
import org.msckg.build.BuildResult;
import org.msckg.build.BuildSummary;
import org.msckg.build.ProjectLayout;
import org.semanticweb.owlapi.reasoner.OWLReasonerFactory;

/**
 * Build, then publish: a project's sources built into graphs and written into a store, which
 * switches to them in one step. A failure in either leaves what the store publishes as it was. The
 * one way a build reaches a store: {@code msckg build}, the first build of {@code msckg serve} and
 * the admin rebuild all run it.
 */
public final class PublishOperation {
    private final Function<Consumer<String>, BuildOperation.Pending> build;
    private final Store store;

    public PublishOperation(ProjectLayout layout, OWLReasonerFactory reasonerFactory, Store store) {
        this(new BuildOperation(layout, reasonerFactory)::prepare, store);
    }

    /** @param build the build, told the progress listener; its validation is left to the store's publish */
    PublishOperation(Function<Consumer<String>, BuildOperation.Pending> build, Store store) {
        this.build = build;
        this.store = store;
    }

    /** What a run produced, where it went and how long the write took. */
    public record Published(BuildResult result, String location, long loadMillis, String loadStage) {
        /** The build summary, with the write as its last stage. */
        public String summary() {
            return BuildSummary.format(result, Map.of(loadStage, loadMillis));
        }
    }

    /** Builds and publishes, telling {@code progress} each stage as "[stage] ..." and "[stage] done in N ms". */
    public Published run(Consumer<String> progress) {
        BuildOperation.Pending built = build.apply(progress);
        BuildResult result = built.result();
        String stage = store.loadStage();
        progress.accept("[%s] ...".formatted(stage));
        long start = System.nanoTime();
        String location = store.publish(result.graphs(), built.validation());
        long ms = (System.nanoTime() - start) / 1_000_000;
        progress.accept("[%s] done in %d ms: %s".formatted(stage, ms, location));
        return new Published(result, location, ms, stage);
    }

    /**
     * Whether {@code store} holds a build of the project's sources as they are now. The build record
     * keeps each source's file status, so only files whose status changed since are read.
     */
    public static boolean upToDate(ProjectLayout layout, Store store) {
        return store.record().map(r -> r.sources().matches(layout)).orElse(false);
    }
}
