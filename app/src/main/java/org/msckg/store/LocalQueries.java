package org.msckg.store;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Queries over a dataset in this process (TDB2, or in memory in tests), each in a read transaction
 * on the dataset served at that moment.
 */
public final class LocalQueries implements QueryService {
    private final Supplier<DatasetGraph> dataset;

    public LocalQueries(DatasetGraph dataset) {
        this(() -> dataset);
    }

    /** @param dataset the dataset being served, taken once per query */
    public LocalQueries(Supplier<DatasetGraph> dataset) {
        this.dataset = dataset;
    }

    @Override
    public <T> T select(Query query, Map<String, Node> bindings, Function<RowSet, T> reader) {
        return select(dataset.get(), query, bindings, reader);
    }

    /** One query in one read transaction of {@code dsg}. */
    public static <T> T select(DatasetGraph dsg, Query query, Map<String, Node> bindings, Function<RowSet, T> reader) {
        return Txn.calculateRead(dsg, () -> {
            var builder = QueryExec.newBuilder().dataset(dsg).query(query);
            bindings.forEach(builder::substitution);
            try (var exec = builder.build()) {
                return reader.apply(exec.select());
            }
        });
    }
}
