package org.msckg.serve.queries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.msckg.vocab.Prefixes;

/**
 * Runs named queries with their parameters bound as RDF terms (never spliced into the text) and
 * returns rows of plain values, IRIs shortened to CURIEs.
 */
public final class QueryRunner {
    private final DatasetGraph dataset;
    private final NamedQueryCatalog catalog;

    public QueryRunner(DatasetGraph dataset, NamedQueryCatalog catalog) {
        this.dataset = dataset;
        this.catalog = catalog;
    }

    public record Result(List<String> columns, List<Map<String, String>> rows) {}

    /** A query or parameter the caller named wrongly; the message says which and why. */
    public static final class BadRequest extends RuntimeException {
        private final boolean notFound;

        BadRequest(String message, boolean notFound) {
            super(message);
            this.notFound = notFound;
        }

        public boolean notFound() {
            return notFound;
        }
    }

    public NamedQueryCatalog catalog() {
        return catalog;
    }

    public Result run(String name, Map<String, String> arguments) {
        NamedQuery q = catalog.get(name).orElseThrow(() -> new BadRequest("no named query '" + name + "'", true));
        Map<String, Node> bindings = QueryArguments.bind(q, arguments);
        Query query = QueryFactory.create(q.text());
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExec.newBuilder().dataset(dataset).query(query);
            bindings.forEach(builder::substitution);
            try (var exec = builder.build()) {
                var rs = org.apache.jena.query.ResultSet.adapt(exec.select());
                List<String> columns = rs.getResultVars();
                List<Map<String, String>> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String c : columns) {
                        RDFNode n = s.get(c);
                        row.put(c, n == null ? "" : n.isURIResource() ? Prefixes.shorten(n.asResource().getURI())
                                : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    rows.add(row);
                }
                return new Result(columns, rows);
            }
        });
    }
}
