package org.msckg.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.msckg.build.BuildRecord;
import org.msckg.vocab.NamedGraphs;

/**
 * A SPARQL 1.1 store over HTTP: the build writes each named graph with one Graph Store Protocol
 * PUT, the server reads with the SPARQL protocol. For Fuseki one dataset URL does both; other
 * stores name two endpoints.
 */
public final class RemoteStore implements Store, QueryService {
    private final String queryEndpoint;
    private final String graphStoreEndpoint;

    public RemoteStore(String queryEndpoint, String graphStoreEndpoint) {
        this.queryEndpoint = queryEndpoint;
        this.graphStoreEndpoint = graphStoreEndpoint;
    }

    public String queryEndpoint() {
        return queryEndpoint;
    }

    @Override
    public String loadStage() {
        return "load remote store";
    }

    /**
     * Replaces each named graph in the store. The build graph goes last: its checksum is what the
     * server's ETags and cache keys follow, so it changes only once every other graph is in. A
     * store has no transaction over several PUTs: a failed publish leaves the old build record over
     * graphs some of which may be new; publish again.
     */
    @Override
    public String publish(Map<NamedGraphs, Model> graphs) {
        List<NamedGraphs> order = new ArrayList<>(graphs.keySet());
        order.sort((a, b) -> Boolean.compare(a == NamedGraphs.BUILD, b == NamedGraphs.BUILD));
        for (NamedGraphs g : order) {
            try {
                GSP.service(graphStoreEndpoint)
                        .graphName(g.node())
                        .PUT(graphs.get(g).getGraph());
            } catch (HttpException e) {
                throw new RemoteStoreException(
                        "MSCKG-STO-001 the store at %s refused the PUT of <%s>: %s"
                                .formatted(graphStoreEndpoint, g.iri(), e.getMessage()),
                        e);
            }
        }
        return "%d graphs PUT to %s".formatted(order.size(), graphStoreEndpoint);
    }

    @Override
    public Optional<BuildRecord> record() {
        return select(BuildRecord.QUERY, Map.of(), BuildRecord::read);
    }

    @Override
    public <T> T select(Query query, Map<String, Node> bindings, Function<RowSet, T> reader) {
        // Long queries go as an HTML form POST, which every SPARQL 1.1 store takes: Virtuoso 7.2 never
        // answers a POST of application/sparql-query (Jena's default) and spins a core on it.
        var builder = QueryExecHTTP.service(queryEndpoint)
                .sendMode(QuerySendMode.asGetWithLimitForm)
                .query(query);
        bindings.forEach(builder::substitution);
        try (var exec = builder.build()) {
            return reader.apply(exec.select());
        } catch (HttpException | QueryException e) {
            throw new RemoteStoreException(
                    "MSCKG-STO-002 the store at %s did not answer a query: %s%s"
                            .formatted(queryEndpoint, e.getMessage(), storeSays(e)),
                    e);
        }
    }

    private static String storeSays(RuntimeException e) {
        String body = e instanceof HttpException h
                ? h.getResponse()
                : e instanceof QueryExceptionHTTP q ? q.getResponse() : null;
        if (body != null && !body.isBlank()) {
            body = body.strip();
            return " (the store says: " + (body.length() > 600 ? body.substring(0, 600) + " ..." : body) + ")";
        }
        return "";
    }

    /**
     * The store's named graphs copied into memory once, for the pages and explanations that walk the
     * graph; named queries and health keep asking the store itself.
     */
    public DatasetGraph snapshot() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(
                dsg,
                () -> NamedGraphs.ALL.forEach(g -> {
                    try {
                        Graph graph = GraphFactory.createDefaultGraph();
                        // The imported RO module carries SWRL variables (urn:swrl#d) that IRI checking would warn about
                        // line by line.
                        RDFParser.source(graphStoreEndpoint + "?graph="
                                        + URLEncoder.encode(g.iri(), StandardCharsets.UTF_8))
                                .acceptHeader("application/n-triples")
                                .forceLang(Lang.NTRIPLES)
                                .checking(false)
                                .errorHandler(ErrorHandlerFactory.errorHandlerNoWarnings)
                                .parse(graph);
                        dsg.addGraph(g.node(), graph);
                    } catch (HttpException | RiotException e) {
                        throw new RemoteStoreException(
                                "MSCKG-STO-002 the store at %s did not return <%s>: %s"
                                        .formatted(graphStoreEndpoint, g.iri(), e.getMessage()),
                                e);
                    }
                }));
        return dsg;
    }

    /** The remote store cannot be reached or refuses a request. */
    public static final class RemoteStoreException extends RuntimeException {
        public RemoteStoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
