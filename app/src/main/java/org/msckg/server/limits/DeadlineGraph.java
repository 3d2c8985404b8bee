package org.msckg.server.limits;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.util.iterator.ExtendedIterator;

/** A graph whose every find, and every triple a find returns, checks the {@link QueryDeadline}. */
final class DeadlineGraph extends WrappedGraph {

    DeadlineGraph(Graph base) {
        super(base);
    }

    @Override
    public ExtendedIterator<Triple> find(Triple match) {
        return checked(super.find(match));
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        return checked(super.find(s, p, o));
    }

    private static ExtendedIterator<Triple> checked(ExtendedIterator<Triple> triples) {
        QueryDeadline.check();
        return triples.filterKeep(t -> {
            QueryDeadline.check();
            return true;
        });
    }
}
