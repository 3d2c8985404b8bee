package org.msckg.server.limits;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.mem2.GraphMem2;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPeek;
import org.apache.jena.sparql.engine.iterator.QueryIterRepeatApply;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.engine.main.StageGenerator;
import org.apache.jena.sparql.engine.main.solver.PatternMatchData;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderProc;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.util.VarUtils;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;

/**
 * ARQ's generic matching of a basic graph pattern, in the order ARQ's fixed weighting chooses, with
 * that order kept. ARQ weighs the pattern's triples again for every binding an OPTIONAL or a
 * sequence joins it with, though the order depends only on the pattern and on which of its variables
 * the binding fixes: in a profile of the x100 contradictions listing, weighing and the substitution
 * it makes for it were about 15 % of the samples. Only which of the tied first lookups goes first is
 * chosen for each input binding, by counting their matches ({@link #fewestFirst}), in an in-memory
 * graph large enough for the choice to matter.
 */
final class PatternOrders implements StageGenerator {
    /** Patterns whose order is kept: a query has a few dozen, and the kept ones are shared by all queries. */
    private static final int KEPT = 10_000;

    private static final ReorderTransformation FIXED = ReorderLib.fixed();

    /** A pattern, the variables a binding fixes, and which of them it fixes to rdf:type (weighed apart). */
    private record Shape(BasicPattern pattern, Set<Var> bound, Set<Var> boundToType) {}

    /**
     * An in-memory graph of fewer triples than this keeps ARQ's order for every binding: its lookups
     * are short whichever comes first, and choosing for each binding cost the x1 mix at 16 clients
     * a third of its throughput (docs/benchmarks.md).
     */
    static final long CHOSEN_FROM_TRIPLES = 100_000;

    private final Map<Shape, ReorderProc> orders = new ConcurrentHashMap<>();
    private final long chosenFromTriples;

    PatternOrders() {
        this(CHOSEN_FROM_TRIPLES);
    }

    /** @param chosenFromTriples the in-memory graph's size from which tied first lookups are chosen for each binding */
    PatternOrders(long chosenFromTriples) {
        this.chosenFromTriples = chosenFromTriples;
    }

    @Override
    public QueryIterator execute(BasicPattern pattern, QueryIterator input, ExecutionContext execCxt) {
        if (!input.hasNext()) {
            return input;
        }
        QueryIterator in = input;
        BasicPattern ordered = pattern;
        if (pattern.size() >= 2) {
            Binding first = null;
            if (!input.isJoinIdentity()) {
                QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
                in = peek;
                first = peek.peek();
            }
            ordered = order(pattern, first).reorder(pattern);
            if (first != null
                    && inMemorySize(execCxt.getActiveGraph()) >= chosenFromTriples
                    && tiedLookups(ordered, first)) {
                return new EachBinding(in, ordered, execCxt);
            }
        }
        return PatternMatchData.execute(execCxt.getActiveGraph(), ordered, in, null, execCxt);
    }

    /** The pattern matched for one input binding at a time, each with its own first lookup ({@link #fewestFirst}). */
    private static final class EachBinding extends QueryIterRepeatApply {
        private final BasicPattern ordered;

        EachBinding(QueryIterator input, BasicPattern ordered, ExecutionContext execCxt) {
            super(input, execCxt);
            this.ordered = ordered;
        }

        @Override
        protected QueryIterator nextStage(Binding binding) {
            Graph graph = getExecContext().getActiveGraph();
            return PatternMatchData.execute(
                    graph,
                    fewestFirst(ordered, binding, graph),
                    QueryIterSingleton.create(binding, getExecContext()),
                    null,
                    getExecContext());
        }
    }

    /** The triples of an in-memory graph, however wrapped (a dataset's named graph, the deadline's checks); -1 for any other graph, whose size may take a scan. */
    static long inMemorySize(Graph graph) {
        Graph g = graph;
        while (g instanceof GraphWrapper || g instanceof WrappedGraph) {
            g = g instanceof GraphWrapper wrapper ? wrapper.get() : ((WrappedGraph) g).getWrapped();
        }
        return g instanceof GraphMem2 ? g.size() : -1;
    }

    /** Whether the first lookup of {@code ordered} ties with another once {@code first} is substituted. */
    private static boolean tiedLookups(BasicPattern ordered, Binding first) {
        return tied(ordered.getList(), first).size() >= 2;
    }

    /** The places of the first lookup and of those of the same form that tie with it, or none when the first is not a lookup. */
    private static List<Integer> tied(List<Triple> triples, Binding binding) {
        Node subject = Substitute.substitute(triples.get(0), binding).getSubject();
        List<Integer> tied = new ArrayList<>();
        for (int i = 0; i < triples.size(); i++) {
            if (starLookup(Substitute.substitute(triples.get(i), binding), subject) && (i == 0 || !tied.isEmpty())) {
                tied.add(i);
            }
        }
        return tied;
    }

    /**
     * {@code ordered} with its first lookup swapped for the one of the same form that matches fewest
     * triples once {@code first} is substituted: ARQ's weighting ties lookups of one subject variable
     * through two fixed terms ({@code ?claim rdf:subject <factor>} and {@code ?claim msckg:citation
     * <reference>}), and which of them is small depends on the binding. Their matches are read in
     * step, one of each in turn, until one runs out: the cost is at most the fewest matches for each
     * lookup. The others follow in their order: they share the subject, which either lookup binds.
     */
    static BasicPattern fewestFirst(BasicPattern ordered, Binding first, Graph graph) {
        List<Triple> triples = ordered.getList();
        List<Integer> tied = tied(triples, first);
        if (tied.size() < 2) {
            return ordered;
        }
        List<ExtendedIterator<Triple>> matches = new ArrayList<>();
        try {
            for (int i : tied) {
                Triple t = Substitute.substitute(triples.get(i), first);
                matches.add(graph.find(Node.ANY, t.getPredicate(), t.getObject()));
            }
            while (true) {
                for (int k = 0; k < matches.size(); k++) {
                    if (!matches.get(k).hasNext()) {
                        return tied.get(k) == 0 ? ordered : withFirst(triples, tied.get(k));
                    }
                    matches.get(k).next();
                }
            }
        } finally {
            matches.forEach(ExtendedIterator::close);
        }
    }

    private static BasicPattern withFirst(List<Triple> triples, int index) {
        List<Triple> swapped = new ArrayList<>(triples);
        swapped.add(0, swapped.remove(index));
        return BasicPattern.wrap(swapped);
    }

    /** A lookup of {@code subject}, a variable, through a fixed predicate and object. */
    private static boolean starLookup(Triple t, Node subject) {
        return subject.isVariable()
                && t.getSubject().equals(subject)
                && t.getPredicate().isConcrete()
                && t.getObject().isConcrete();
    }

    /** The order for {@code pattern} with the variables {@code first} binds fixed; null: none fixed. */
    ReorderProc order(BasicPattern pattern, Binding first) {
        Set<Var> bound = new HashSet<>();
        Set<Var> boundToType = new HashSet<>();
        if (first != null) {
            Set<Var> vars = new HashSet<>();
            VarUtils.addVars(vars, pattern);
            for (Var v : vars) {
                if (first.contains(v)) {
                    bound.add(v);
                    if (RDF.Nodes.type.equals(first.get(v))) {
                        boundToType.add(v);
                    }
                }
            }
        }
        Shape shape = new Shape(pattern, bound, boundToType);
        ReorderProc kept = orders.get(shape);
        if (kept != null) {
            return kept;
        }
        ReorderProc proc = FIXED.reorderIndexes(first == null ? pattern : Substitute.substitute(pattern, first));
        if (orders.size() < KEPT) {
            orders.put(shape, proc);
        }
        return proc;
    }
}
