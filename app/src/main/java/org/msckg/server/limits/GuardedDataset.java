package org.msckg.server.limits;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.iterator.IteratorCloseable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.engine.main.StageBuilder;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The dataset as queries see it. Every read checks the {@link QueryDeadline} of the reading thread,
 * and its context forbids SERVICE, which would let a caller make the server call other hosts. Its graphs are
 * views over this wrapper, so pattern matching, joins, paths and aggregates all pass through the
 * check; the {@link ExpressionGuard} in its context checks it in expressions too, which never read
 * data, and holds each query to its string budget. As a {@link ViewWrapper} it is not unwrapped for
 * querying; ARQ's general engine runs over it with {@link GraphLookups} and {@link PatternOrders}.
 */
public final class GuardedDataset extends ViewWrapper {

    private final Context context;

    /** @param limits the query timeout (also given to ARQ, which stops most queries by itself, cleanly) and string budget */
    public GuardedDataset(DatasetGraph dataset, Limits limits) {
        super(dataset);
        this.context = queryContext(dataset, limits);
        QC.setFactory(context, GraphLookups::new);
        StageBuilder.setGenerator(context, new PatternOrders());
    }

    /** Queries over {@code dataset} held to the limits, run by TDB2's own engine when it is TDB2. */
    public static DatasetGraph over(DatasetGraph dataset, Limits limits) {
        return TDBInternal.isTDB2(dataset)
                ? new GuardedTdb2(dataset, limits, false)
                : new GuardedDataset(dataset, limits);
    }

    /** A copy of the dataset's context that forbids SERVICE and carries the timeout and the expression guard. */
    static Context queryContext(DatasetGraph dataset, Limits limits) {
        Context context = dataset.getContext() == null
                ? Context.create()
                : dataset.getContext().copy();
        context.set(ARQ.httpServiceAllowed, false);
        context.set(ARQ.queryTimeout, Long.toString(limits.queryTimeout().toMillis()));
        ExpressionGuard.install(context, limits.maxStringChars());
        return context;
    }

    @Override
    public Context getContext() {
        return context;
    }

    /**
     * A named graph the dataset holds is read directly, through a {@link DeadlineGraph}: a pattern in
     * {@code GRAPH <g>} then matches in that graph's own indexes, not through a view that turns each
     * triple into a quad of this wrapper and back. Other graphs stay views.
     */
    @Override
    public Graph getGraph(Node graphNode) {
        return heldGraph(graphNode).<Graph>map(DeadlineGraph::new).orElseGet(() -> super.getGraph(graphNode));
    }

    @Override
    public Iterator<Quad> find() {
        return checked(super.find());
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return checked(super.find(quad));
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return checked(super.find(g, s, p, o));
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return checked(super.findNG(g, s, p, o));
    }

    private static Iterator<Quad> checked(Iterator<Quad> quads) {
        QueryDeadline.check();
        return new IteratorCloseable<>() {
            @Override
            public boolean hasNext() {
                QueryDeadline.check();
                return quads.hasNext();
            }

            @Override
            public Quad next() {
                return quads.next();
            }

            @Override
            public void close() {
                Iter.close(quads);
            }
        };
    }
}
