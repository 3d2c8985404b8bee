package org.msckg.query.named;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.msckg.query.BadRequest;
import org.msckg.server.limits.GuardedQueries;
import org.msckg.server.limits.Limits;
import org.msckg.store.QueryService;
import org.msckg.vocab.Prefixes;

/**
 * Runs named queries with their parameters bound as RDF terms (never spliced into the text) and
 * returns rows of plain values, IRIs shortened to CURIEs, a page of at most the row limit of them:
 * the page's window is written into the query as its OFFSET and LIMIT, so the store stops reading
 * (or keeps only the top rows of an ordered answer) once the page is full.
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

    /**
     * At most the row limit of rows, the first of them the answer's row {@code offset} (counted from 0);
     * {@code truncated} when more rows follow them.
     */
    public record Result(List<String> columns, List<Map<String, String>> rows, long offset, boolean truncated) {
        /** Where the next page starts. */
        public long nextOffset() {
            return offset + rows.size();
        }
    }

    public NamedQueryCatalog catalog() {
        return catalog;
    }

    public Limits limits() {
        return limits;
    }

    /** The first page of the answer. */
    public Result run(String name, Map<String, String> arguments) {
        return run(name, arguments, 0);
    }

    /** The page of the answer that starts at its row {@code offset}. */
    public Result run(String name, Map<String, String> arguments, long offset) {
        if (offset < 0) {
            throw new BadRequest(badOffset(String.valueOf(offset)), false);
        }
        NamedQuery q = catalog.get(name).orElseThrow(() -> new BadRequest("no named query '" + name + "'", true));
        Map<String, Node> bindings = QueryArguments.bind(q, arguments);
        Query query = QueryFactory.create(q.text());
        window(query, offset, limits.maxRows() + 1L);
        return source.select(query, bindings, rowSet -> {
            var rs = org.apache.jena.query.ResultSet.adapt(rowSet);
            List<String> columns = rs.getResultVars();
            List<Map<String, String>> rows = new ArrayList<>();
            while (rs.hasNext()) {
                if (rows.size() == limits.maxRows()) {
                    return new Result(columns, rows, offset, true);
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
            return new Result(columns, rows, offset, false);
        });
    }

    /** The message for an offset that is not a row number. */
    public static String badOffset(String value) {
        return "parameter '%s': '%s' is not a row number (0, 1000, ...)".formatted(NamedQuery.OFFSET, value);
    }

    /**
     * Narrows the query's own OFFSET and LIMIT (if it has them) to {@code count} rows from its row
     * {@code offset}, after ordering rows that tie on its ORDER BY by their values: pages are cut from
     * one order, however the store finds the top rows of an ordered answer.
     */
    static void window(Query query, long offset, long count) {
        Set<Var> ordered = query.hasOrderBy()
                ? query.getOrderBy().stream()
                        .filter(c -> c.getExpression().isVariable())
                        .map(c -> c.getExpression().asVar())
                        .collect(Collectors.toSet())
                : Set.of();
        query.getResultVars().stream()
                .map(Var::alloc)
                .filter(v -> !ordered.contains(v))
                .forEach(v -> query.addOrderBy(v, Query.ORDER_DEFAULT));
        long first = query.hasOffset() ? query.getOffset() : 0;
        long left = query.hasLimit() ? Math.max(0, query.getLimit() - offset) : Long.MAX_VALUE;
        if (first + offset > 0) {
            query.setOffset(first + offset);
        }
        query.setLimit(Math.min(left, count));
    }
}
