package org.msckg.serve.queries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.msckg.serve.limits.GuardedDataset;
import org.msckg.serve.limits.Limits;
import org.msckg.serve.limits.QueryDeadline;
import org.msckg.vocab.Prefixes;

/**
 * Runs named queries with their parameters bound as RDF terms (never spliced into the text) and
 * returns rows of plain values, IRIs shortened to CURIEs.
 */
public final class QueryRunner {
    private final Supplier<DatasetGraph> dataset;
    private final NamedQueryCatalog catalog;
    private final Limits limits;

    /** @param dataset the dataset being served, taken once per query */
    public QueryRunner(Supplier<DatasetGraph> dataset, NamedQueryCatalog catalog, Limits limits) {
        this.dataset = dataset;
        this.catalog = catalog;
        this.limits = limits;
    }

    /** At most the row limit of rows; {@code truncated} when the query had more. */
    public record Result(List<String> columns, List<Map<String, String>> rows, boolean truncated) {}

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

    public Limits limits() {
        return limits;
    }

    public Result run(String name, Map<String, String> arguments) {
        NamedQuery q = catalog.get(name).orElseThrow(() -> new BadRequest("no named query '" + name + "'", true));
        for (String arg : arguments.keySet()) {
            if (q.parameters().stream().noneMatch(p -> p.name().equals(arg))) {
                throw new BadRequest("query '%s' has no parameter '%s'".formatted(name, arg), false);
            }
        }
        Map<String, Node> bindings = new LinkedHashMap<>();
        for (NamedQuery.Parameter p : q.parameters()) {
            bindings.put("_" + p.name(), node(p, arguments.getOrDefault(p.name(), p.defaultValue())));
        }
        Query query = QueryFactory.create(q.text());
        DatasetGraph served = new GuardedDataset(dataset.get(), limits.queryTimeout());
        try (QueryDeadline deadline = QueryDeadline.start(limits.queryTimeout())) {
            return Txn.calculateRead(served, () -> select(served, query, bindings));
        }
    }

    private Result select(DatasetGraph served, Query query, Map<String, Node> bindings) {
        var builder = QueryExec.newBuilder().dataset(served).query(query);
        bindings.forEach(builder::substitution);
        try (var exec = builder.build()) {
            var rs = org.apache.jena.query.ResultSet.adapt(exec.select());
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
                    row.put(c, n == null ? "" : n.isURIResource() ? Prefixes.shorten(n.asResource().getURI())
                            : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
                rows.add(row);
            }
            return new Result(columns, rows, false);
        }
    }

    private static Node node(NamedQuery.Parameter p, String value) {
        return switch (p.type()) {
            case CURIE -> NodeFactory.createURI(Prefixes.expand(value).orElseThrow(() ->
                    new BadRequest("parameter '%s': '%s' is not a CURIE with a known prefix".formatted(p.name(), value), false)));
            case INTEGER -> {
                try {
                    yield NodeFactory.createLiteralDT(String.valueOf(Long.parseLong(value)),
                            org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new BadRequest("parameter '%s': '%s' is not an integer".formatted(p.name(), value), false);
                }
            }
            case STRING -> NodeFactory.createLiteralString(value);
        };
    }
}
