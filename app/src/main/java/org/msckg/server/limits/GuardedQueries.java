package org.msckg.server.limits;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSet;
import org.msckg.store.LocalQueries;
import org.msckg.store.QueryService;

/** Local queries held to the limits: every read of the data and every expression checks the deadline (see {@link GuardedDataset}). */
public final class GuardedQueries implements QueryService {
    private final Supplier<DatasetGraph> dataset;
    private final Limits limits;

    public GuardedQueries(Supplier<DatasetGraph> dataset, Limits limits) {
        this.dataset = dataset;
        this.limits = limits;
    }

    @Override
    public <T> T select(Query query, Map<String, Node> bindings, Function<RowSet, T> reader) {
        DatasetGraph guarded = GuardedDataset.over(dataset.get(), limits);
        try (QueryDeadline deadline = QueryDeadline.start(limits.queryTimeout())) {
            return LocalQueries.select(guarded, query, bindings, reader);
        }
    }
}
