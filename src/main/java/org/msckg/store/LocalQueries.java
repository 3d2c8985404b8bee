package org.msckg.store;

import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/** Queries over a dataset in this process (TDB2, or in memory in tests), each in a read transaction. */
public final class LocalQueries implements QueryService {
    private final DatasetGraph dataset;

    public LocalQueries(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    public <T> T select(Query query, Map<String, Node> bindings, Function<RowSet, T> reader) {
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExec.newBuilder().dataset(dataset).query(query);
            bindings.forEach(builder::substitution);
            try (var exec = builder.build()) {
                return reader.apply(exec.select());
            }
        });
    }
}
