package org.msckg.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.msckg.store.RemoteStore.RemoteStoreException;

/**
 * A named graph of a SPARQL 1.1 store read into memory as CONSTRUCT answers of at most one page of
 * triples each. One answer for a whole graph is what stores refuse or cut: Virtuoso 7.2 answers 500
 * (FRVEC) to a CONSTRUCT, or a Graph Store Protocol GET, of more triples than its MaxVectorSize
 * (1,000,000 by default; its source caps any setting near 2.1 million), and cuts every answer to
 * ResultSetMaxRows without saying so. Each page starts where the triples received so far end, so a
 * store that gives fewer than asked still gives them all; the copy must then hold as many triples as
 * the store counts.
 */
final class PagedGraphReader {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s ?p ?o } }";
    // No ORDER BY: Virtuoso sorted the whole graph for each page (12-18 s a page of x100's asserted graph)
    // and refuses an ordered OFFSET past MaxSortedTopRows (SR353). A store whose unordered pages are not
    // repeatable gives a copy smaller than its count, which read() reports.
    private static final String PAGE = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <%s> { ?s ?p ?o } } OFFSET %d LIMIT %d";

    private final String queryEndpoint;
    private final int pageTriples;

    PagedGraphReader(String queryEndpoint, int pageTriples) {
        this.queryEndpoint = queryEndpoint;
        this.pageTriples = pageTriples;
    }

    Graph read(String graphIri) {
        long expected = count(graphIri);
        Graph graph = GraphFactory.createDefaultGraph();
        long received = 0;
        while (received < expected) {
            long rows = page(graphIri, received, graph);
            if (rows == 0) {
                break;
            }
            received += rows;
        }
        if (graph.size() != expected) {
            throw new RemoteStoreException(
                    ("MSCKG-STO-004 the store at %s counts %d triples in <%s> but gave %d in pages of %d (OFFSET"
                                    + " without ORDER BY), %d of them distinct: its pages do not repeat one order, or"
                                    + " the graph changed during the copy")
                            .formatted(queryEndpoint, expected, graphIri, received, pageTriples, graph.size()),
                    null);
        }
        return graph;
    }

    private long count(String graphIri) {
        try (var exec = QueryExecHTTP.service(queryEndpoint)
                .query(COUNT.formatted(graphIri))
                .build()) {
            return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
        } catch (HttpException | QueryException e) {
            throw refused(graphIri, "the size", e);
        }
    }

    /** Adds one page to {@code graph}; the triples the store sent, whether or not the graph had them. */
    private long page(String graphIri, long offset, Graph graph) {
        long[] rows = {0};
        var counting = new StreamRDFWrapper(StreamRDFLib.graph(graph)) {
            @Override
            public void triple(Triple triple) {
                rows[0]++;
                super.triple(triple);
            }
        };
        String query = PAGE.formatted(graphIri, offset, pageTriples);
        try {
            // The store's blank node labels, kept as given, join a node's triples across pages.
            // The imported RO module carries SWRL variables (urn:swrl#d) that IRI checking would warn about
            // line by line.
            RDFParser.source(queryEndpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                    .acceptHeader("application/n-triples")
                    .forceLang(Lang.NTRIPLES)
                    .labelToNode(LabelToNode.createUseLabelAsGiven())
                    .checking(false)
                    .errorHandler(ErrorHandlerFactory.errorHandlerNoWarnings)
                    .parse(counting);
        } catch (HttpException | RiotException e) {
            throw refused(graphIri, "triples %d to %d".formatted(offset + 1, offset + pageTriples), e);
        }
        return rows[0];
    }

    private RemoteStoreException refused(String graphIri, String what, RuntimeException e) {
        return new RemoteStoreException(
                "MSCKG-STO-002 the store at %s did not return %s of <%s>: %s%s"
                        .formatted(queryEndpoint, what, graphIri, e.getMessage(), RemoteStore.storeSays(e)),
                e);
    }
}
