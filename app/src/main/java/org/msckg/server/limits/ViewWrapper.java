package org.msckg.server.limits;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * A dataset wrapper whose graphs are views over the wrapper itself, so that every read of a graph,
 * by a query or an API, passes through the wrapper's {@code find}. As a {@link
 * DatasetGraphWrapperView} it is not unwrapped for querying: queries over it run on ARQ's general
 * engine, since TDB2's own engine would read around it.
 */
public abstract class ViewWrapper extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    protected ViewWrapper(DatasetGraph dataset) {
        super(dataset);
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    /**
     * The named graph as the wrapped dataset holds it, when it holds one of that name. Asking a
     * dataset of graphs in memory for any other name would add an empty graph to it.
     */
    protected Optional<Graph> heldGraph(Node graphNode) {
        return graphNode == null
                        || Quad.isDefaultGraph(graphNode)
                        || Quad.isUnionGraph(graphNode)
                        || !get().containsGraph(graphNode)
                ? Optional.empty()
                : Optional.of(get().getGraph(graphNode));
    }
}
