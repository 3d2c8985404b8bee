package org.msckg.server.limits;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.main.OpExecutor;

/**
 * ARQ's general engine with {@code GRAPH g { s p o }} matched by one quad lookup per binding. The
 * general engine opens each named graph in turn for every binding (with a variable {@code g}, all
 * of them), which is most of the time of a query that looks labels up with {@code OPTIONAL { GRAPH
 * ?g { ?term rdfs:label ?label } } }. A variable graph ranges over the named graphs only, as in
 * SPARQL; other patterns are left to ARQ.
 */
final class GraphLookups extends OpExecutor {

    GraphLookups(ExecutionContext execCxt) {
        super(execCxt);
    }

    @Override
    protected QueryIterator execute(OpGraph opGraph, QueryIterator input) {
        Node graph = opGraph.getNode();
        if (!(opGraph.getSubOp() instanceof OpBGP bgp)
                || bgp.getPattern().size() != 1
                || Quad.isDefaultGraph(graph)
                || Quad.isUnionGraph(graph)) {
            return super.execute(opGraph, input);
        }
        Triple pattern = bgp.getPattern().get(0);
        if (pattern.getSubject().isTripleTerm() || pattern.getObject().isTripleTerm()) {
            return super.execute(opGraph, input);
        }
        DatasetGraph data = execCxt.getDataset();
        Iterator<Binding> matches = Iter.flatMap(input, binding -> match(data, graph, pattern, binding));
        return QueryIterPlainWrapper.create(Iter.onClose(matches, input::close), execCxt);
    }

    private static Iterator<Binding> match(DatasetGraph data, Node graph, Triple pattern, Binding binding) {
        Node[] slots = {
            Var.lookup(binding::get, graph),
            Var.lookup(binding::get, pattern.getSubject()),
            Var.lookup(binding::get, pattern.getPredicate()),
            Var.lookup(binding::get, pattern.getObject())
        };
        if (slots[0].isLiteral()) {
            return Iter.nullIterator();
        }
        Iterator<Quad> quads = Var.isVar(slots[0])
                ? data.findNG(Node.ANY, any(slots[1]), any(slots[2]), any(slots[3]))
                : data.find(slots[0], any(slots[1]), any(slots[2]), any(slots[3]));
        BindingBuilder builder = Binding.builder(binding);
        return Iter.iter(quads).map(quad -> bind(builder, slots, quad)).removeNulls();
    }

    private static Node any(Node slot) {
        return Var.isVar(slot) ? Node.ANY : slot;
    }

    /** The binding extended by the quad's values for the pattern's variables; null when a repeated variable disagrees. */
    private static Binding bind(BindingBuilder builder, Node[] slots, Quad quad) {
        builder.reset();
        Node[] values = {quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()};
        for (int i = 0; i < slots.length; i++) {
            if (Var.isVar(slots[i])) {
                Var var = Var.alloc(slots[i]);
                Node bound = builder.get(var);
                if (bound == null) {
                    builder.add(var, values[i]);
                } else if (!bound.equals(values[i])) {
                    return null;
                }
            }
        }
        return builder.build();
    }
}
