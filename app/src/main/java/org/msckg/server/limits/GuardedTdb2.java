package org.msckg.server.limits;

import java.util.function.Predicate;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPath;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.solver.QC2;
import org.apache.jena.tdb2.store.NodeId;

/**
 * A TDB2 dataset as queries see it, held to the same limits as a {@link GuardedDataset} while
 * TDB2's own engine plans and runs each query: wrapped as a view, TDB2 would be hidden from ARQ and
 * every query left to ARQ's general engine, which answered the SPARQL mix 2-4 times slower
 * (docs/benchmarks.md). The deadline is checked where TDB2's engine reads: on every tuple its scans
 * match (TDB2's per-query tuple filter) and on every read of a property path, which TDB2 leaves to
 * ARQ. Reads outside queries (the Graph Store read) go through its graphs, which check it too.
 */
public final class GuardedTdb2 extends DatasetGraphWrapper {
    private static final Predicate<Tuple<NodeId>> DEADLINE = tuple -> {
        QueryDeadline.check();
        return true;
    };

    private final Context context;
    private final boolean unionDefaultGraph;

    /**
     * @param unionDefaultGraph the default graph is the union of the named graphs, as for SPARQL
     *     clients ({@code tdb2:unionDefaultGraph})
     */
    public GuardedTdb2(DatasetGraph tdb2, Limits limits, boolean unionDefaultGraph) {
        super(tdb2);
        this.unionDefaultGraph = unionDefaultGraph;
        this.context = GuardedDataset.queryContext(tdb2, limits);
        context.set(TDB2.symUnionDefaultGraph, unionDefaultGraph);
        QC2.setFilter(context, DEADLINE);
        QC.setFactory(context, PathsChecked::new);
    }

    @Override
    public Context getContext() {
        return context;
    }

    @Override
    public Graph getDefaultGraph() {
        return new DeadlineGraph(unionDefaultGraph ? super.getUnionGraph() : super.getDefaultGraph());
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return new DeadlineGraph(super.getGraph(graphNode));
    }

    @Override
    public Graph getUnionGraph() {
        return new DeadlineGraph(super.getUnionGraph());
    }

    /** TDB2's executor, with property paths read through a {@link DeadlineGraph}. */
    private static final class PathsChecked extends OpExecutorTDB2 {
        PathsChecked(ExecutionContext execCxt) {
            super(execCxt);
        }

        @Override
        protected QueryIterator execute(OpPath opPath, QueryIterator input) {
            return new QueryIterPath(
                    opPath.getTriplePath(),
                    input,
                    ExecutionContext.copyChangeActiveGraph(execCxt, new DeadlineGraph(execCxt.getActiveGraph())));
        }
    }
}
