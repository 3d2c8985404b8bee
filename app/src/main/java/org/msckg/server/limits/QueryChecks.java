package org.msckg.server.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * What the checks in front of Fuseki find in one query text, from one parse: why its shape cannot be
 * evaluated ({@link QueryShape}), and the first endpoint it asks SERVICE of (refused by the SPARQL
 * endpoint's own filter); and, when neither, the parsed query, which the SPARQL endpoint executes
 * ({@link org.msckg.server.sparql.CheckedQueryDataset}) rather than parse the text again. A query that
 * does not parse has none of them: Fuseki's 400 names the line and column. Parsing a named query costs
 * about as much as answering it, and clients repeat their queries, so the checks of the {@value
 * #TEXTS} most recent texts (up to {@value #MAX_KEPT_CHARS} characters each) are kept, and each request
 * carries its own. A kept query is shared by every request of its text: it is parsed with Fuseki's base
 * and its result variables are fixed before it is kept, and executing a query does not change it.
 */
public record QueryChecks(Optional<String> problem, Optional<String> service, Optional<Query> query) {
    static final int TEXTS = 512;
    static final int MAX_KEPT_CHARS = 16 * 1024;
    private static final String ATTRIBUTE = QueryChecks.class.getName();
    private static final QueryChecks NONE = new QueryChecks(Optional.empty(), Optional.empty(), Optional.empty());
    private static final Map<String, QueryChecks> RECENT =
            Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, QueryChecks> eldest) {
                    return size() > TEXTS;
                }
            });

    /**
     * The checks of the request's query: those the request already carries, or those of the same
     * text earlier, or new ones. A check whose constant expressions run past the deadline ends with
     * {@link org.apache.jena.query.QueryCancelledException} and is not kept.
     */
    public static QueryChecks of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof QueryChecks checks) {
            return checks;
        }
        QueryChecks checks =
                SparqlRequest.queryText(request).map(QueryChecks::of).orElse(NONE);
        request.setAttribute(ATTRIBUTE, checks);
        return checks;
    }

    /** The checks of one query text: those of the same text earlier, or new ones. */
    public static QueryChecks of(String text) {
        QueryChecks kept = RECENT.get(text);
        if (kept != null) {
            return kept;
        }
        QueryChecks checks = check(text);
        if (text.length() <= MAX_KEPT_CHARS) {
            RECENT.put(text, checks);
        }
        return checks;
    }

    private static QueryChecks check(String text) {
        Optional<String> nested = QueryShape.nestingProblem(text);
        if (nested.isPresent()) {
            return new QueryChecks(nested, Optional.empty(), Optional.empty());
        }
        Query query;
        Op op;
        try {
            query = QueryFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
            query.ensureResultVars();
            op = Algebra.compile(query);
        } catch (QueryException e) {
            return NONE;
        } catch (StackOverflowError e) {
            return new QueryChecks(Optional.of(QueryShape.TOO_DEEP), Optional.empty(), Optional.empty());
        }
        Optional<String> problem = QueryShape.evaluationProblem(op);
        if (problem.isPresent()) {
            return new QueryChecks(problem, Optional.empty(), Optional.empty());
        }
        Optional<String> service = service(op);
        return new QueryChecks(problem, service, service.isPresent() ? Optional.empty() : Optional.of(query));
    }

    /** The first endpoint the algebra asks SERVICE of, anywhere in it (subqueries and EXISTS too). */
    private static Optional<String> service(Op op) {
        Node[] found = new Node[1];
        Walker.walk(
                op,
                new OpVisitorBase() {
                    @Override
                    public void visit(OpService service) {
                        if (found[0] == null) {
                            found[0] = service.getService();
                        }
                    }
                },
                new ExprVisitorBase());
        return Optional.ofNullable(found[0]).map(n -> n.isURI() ? n.getURI() : n.toString());
    }
}
