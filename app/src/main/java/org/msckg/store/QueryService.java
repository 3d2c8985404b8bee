package org.msckg.store;

import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.RowSet;

/** Where the served graph is read from: the embedded TDB2 dataset or a remote SPARQL 1.1 store. */
public interface QueryService {
    /**
     * Runs a SELECT with variables bound to terms; the reader sees every row within one read and
     * must copy out what it needs (rows of TDB2 are only valid inside the read).
     */
    <T> T select(Query query, Map<String, Node> bindings, Function<RowSet, T> reader);
}
