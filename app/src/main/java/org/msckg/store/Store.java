package org.msckg.store;

import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.msckg.build.BuildRecord;
import org.msckg.vocab.NamedGraphs;

/**
 * Where a build's graphs are published and read back from: the local TDB2 datasets of a data
 * folder ({@link DatasetStore}) or a SPARQL 1.1 store over HTTP ({@link RemoteStore}).
 */
public interface Store {
    /** The name of the write in progress lines and build summaries ("load TDB2"). */
    String loadStage();

    /**
     * Writes the graphs and makes them the published ones once {@code validation} has passed; a
     * validation or a write that fails leaves the build record as it was. A store that writes
     * privately first runs the validation beside the write. Returns where the graphs went, for the log.
     */
    String publish(Map<NamedGraphs, Model> graphs, Runnable validation);

    /** Publishes graphs that are already validated. */
    default String publish(Map<NamedGraphs, Model> graphs) {
        return publish(graphs, () -> {});
    }

    /** The record of the build published last; empty before the first. */
    Optional<BuildRecord> record();
}
