package org.msckg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.msckg.build.BuildRecord;
import org.msckg.vocab.NamedGraphs;

/**
 * A SPARQL 1.1 store over HTTP: the build writes each named graph with one Graph Store Protocol
 * PUT, the server reads with the SPARQL protocol. For Fuseki one dataset URL does both; other
 * stores name two endpoints.
 */
public final class RemoteStore implements Store, QueryService {
    /** Triples per answer when the graphs are copied: far below Virtuoso's default MaxVectorSize (1,000,000). */
    private static final int PAGE_TRIPLES = 100_000;

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
     * graphs some of which may be new; publish again. The store is written in place, so the
     * validation runs first.
     */
    @Override
    public String publish(Map<NamedGraphs, Model> graphs, Runnable validation) {
        validation.run();
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

    /** What the store answered to a failed request, for the message; empty when it said nothing. */
    static String storeSays(RuntimeException e) {
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
        var reader = new PagedGraphReader(queryEndpoint, PAGE_TRIPLES);
        // One in-memory graph per named graph, as InMemoryCopy makes: the transactional in-memory dataset
        // spent three of the x100 copy's five minutes indexing what it was given. The dataset links the
        // graphs read (DatasetGraphFactory.create's would copy each into one of its own).
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        NamedGraphs.ALL.forEach(g -> dsg.addGraph(g.node(), reader.read(g.iri())));
        return dsg;
    }

    /** The remote store cannot be reached or refuses a request. */
    public static final class RemoteStoreException extends RuntimeException {
        public RemoteStoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
