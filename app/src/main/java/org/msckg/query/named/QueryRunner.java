package org.msckg.query.named;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.msckg.query.BadRequest;
import org.msckg.server.limits.GuardedQueries;
import org.msckg.server.limits.Limits;
import org.msckg.store.QueryService;
import org.msckg.vocab.Prefixes;

/**
 * Runs named queries with their parameters bound as RDF terms (never spliced into the text) and
 * returns rows of plain values, IRIs shortened to CURIEs, at most the row limit of them.
 */
public final class QueryRunner {
    private final QueryService source;
    private final NamedQueryCatalog catalog;
    private final Limits limits;

    public QueryRunner(QueryService source, NamedQueryCatalog catalog, Limits limits) {
        this.source = source;
        this.catalog = catalog;
        this.limits = limits;
    }

    /** Over the dataset being served (taken once per query), each query stopped at the limits' timeout. */
    public QueryRunner(Supplier<DatasetGraph> dataset, NamedQueryCatalog catalog, Limits limits) {
        this(new GuardedQueries(dataset, limits), catalog, limits);
    }

    /** At most the row limit of rows; {@code truncated} when the query had more. */
    public record Result(List<String> columns, List<Map<String, String>> rows, boolean truncated) {}

    public NamedQueryCatalog catalog() {
        return catalog;
    }

    public Limits limits() {
        return limits;
    }

    public Result run(String name, Map<String, String> arguments) {
        NamedQuery q = catalog.get(name).orElseThrow(() -> new BadRequest("no named query '" + name + "'", true));
        Map<String, Node> bindings = QueryArguments.bind(q, arguments);
        return source.select(QueryFactory.create(q.text()), bindings, rowSet -> {
            var rs = org.apache.jena.query.ResultSet.adapt(rowSet);
            List<String> columns = rs.getResultVars();
            List<Map<String, String>> rows = new ArrayList<>();
            while (rs.hasNext()) {
                if (rows.size() == limits.maxRows()) {
                    return new Result(columns, rows, true);
                }
                QuerySolution s = rs.next();
                Map<String, String> row = new LinkedHashMap<>();
                for (String c : columns) {
                    RDFNode n = s.get(c);
                    row.put(
                            c,
                            n == null
                                    ? ""
                                    : n.isURIResource()
                                            ? Prefixes.shorten(n.asResource().getURI())
                                            : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
                rows.add(row);
            }
            return new Result(columns, rows, false);
        });
    }
}
