package org.msckg.server.sparql;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.msckg.server.limits.ViewWrapper;

/**
 * The dataset as SPARQL clients see it: the default graph is the union of all named graphs (each
 * triple once), so a first query without GRAPH answers; the named graphs are the dataset's own. The
 * wrapped dataset computes the union itself ({@link Quad#unionGraph}), as TDB2 does for
 * {@code tdb2:unionDefaultGraph}, so TDB2 and the in-memory copy answer alike. Read-only, as the
 * service is.
 */
public final class UnionDefaultGraph extends ViewWrapper {

    public UnionDefaultGraph(DatasetGraph dataset) {
        super(dataset);
    }

    /** A named graph is the wrapped dataset's own: only the default graph differs from it. */
    @Override
    public Graph getGraph(Node graphNode) {
        return heldGraph(graphNode).orElseGet(() -> super.getGraph(graphNode));
    }

    @Override
    public Iterator<Quad> find() {
        return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g == null || Quad.isDefaultGraph(g)) {
            return union(s, p, o);
        }
        if (g.equals(Node.ANY)) {
            return Iter.concat(union(s, p, o), super.findNG(Node.ANY, s, p, o));
        }
        return super.find(g, s, p, o);
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        Iterator<Quad> quads = find(g, s, p, o);
        try {
            return quads.hasNext();
        } finally {
            Iter.close(quads);
        }
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    private Iterator<Quad> union(Node s, Node p, Node o) {
        return Iter.map(
                super.findNG(Quad.unionGraph, s, p, o),
                q -> Quad.create(Quad.defaultGraphIRI, q.getSubject(), q.getPredicate(), q.getObject()));
    }
}
