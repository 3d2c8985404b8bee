package org.msckg.server.sparql;

import java.util.Optional;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.msckg.server.limits.QueryChecks;

/**
 * Fuseki's query operation, executing the query that {@link QueryChecks} parsed in front of it rather
 * than parsing the text again. Under the 16-client named-query mix, Fuseki's own parse of every
 * request and its serialization of the parsed query for its log line took 23 % of the server's CPU
 * (docs/benchmarks.md). The rest is Fuseki's {@code SPARQLQueryProcessor.execute}: its dataset,
 * timeouts, result formats and errors. A text the checks hold no query for (one that does not parse,
 * or one they refuse) goes to Fuseki as it is.
 */
public final class CheckedQueryDataset extends SPARQL_QueryDataset {

    @Override
    protected void execute(String queryString, HttpAction action) {
        Optional<Query> checked = queryString.isBlank()
                ? Optional.empty()
                : QueryChecks.of(queryString).query();
        if (checked.isEmpty()) {
            super.execute(queryString, action);
            return;
        }
        Query query = checked.get();
        String queryStringLog = ServletOps.formatForLog(queryString);
        action.log.info("[{}] Query = {}", action.id, queryStringLog);
        try {
            action.beginRead();
            Pair<DatasetGraph, Query> decided = decideDataset(action, query, queryStringLog);
            Query q = decided.getRight() == null ? query : decided.getRight();
            try (QueryExec exec = createQueryExec(action, q, decided.getLeft())) {
                sendResults(action, executeQuery(action, exec, query, queryStringLog), query.getPrologue());
            }
        } catch (QueryParseException e) {
            action.abortSilent();
            ServletOps.errorBadRequest("Query parse error: \n" + queryString + "\n" + e.getMessage());
        } catch (QueryCancelledException e) {
            action.abortSilent();
            throw e;
        } finally {
            action.endRead();
        }
    }
}
