package org.msckg.server.limits;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSet;
import org.msckg.store.LocalQueries;
import org.msckg.store.QueryService;

/** Local queries that stop at their deadline: every read of the data checks it (see {@link GuardedDataset}). */
public final class GuardedQueries implements QueryService {
    private final Supplier<DatasetGraph> dataset;
    private final Duration timeout;

    public GuardedQueries(Supplier<DatasetGraph> dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    @Override
    public <T> T select(Query query, Map<String, Node> bindings, Function<RowSet, T> reader) {
        DatasetGraph guarded = new GuardedDataset(dataset.get(), timeout);
        try (QueryDeadline deadline = QueryDeadline.start(timeout)) {
            return LocalQueries.select(guarded, query, bindings, reader);
        }
    }
}
