package org.msckg.server.limits;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPeek;
import org.apache.jena.sparql.engine.main.StageGenerator;
import org.apache.jena.sparql.engine.main.solver.PatternMatchData;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderProc;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.sparql.util.VarUtils;
import org.apache.jena.vocabulary.RDF;

/**
 * ARQ's generic matching of a basic graph pattern, in the order ARQ's fixed weighting chooses, with
 * that order kept. ARQ weighs the pattern's triples again for every binding an OPTIONAL or a
 * sequence joins it with, though the order depends only on the pattern and on which of its variables
 * the binding fixes: in a profile of the x100 contradictions listing, weighing and the substitution
 * it makes for it were about 15 % of the samples.
 */
final class PatternOrders implements StageGenerator {
    /** Patterns whose order is kept: a query has a few dozen, and the kept ones are shared by all queries. */
    private static final int KEPT = 10_000;

    private static final ReorderTransformation FIXED = ReorderLib.fixed();

    /** A pattern, the variables a binding fixes, and which of them it fixes to rdf:type (weighed apart). */
    private record Shape(BasicPattern pattern, Set<Var> bound, Set<Var> boundToType) {}

    private final Map<Shape, ReorderProc> orders = new ConcurrentHashMap<>();

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
        }
        return PatternMatchData.execute(execCxt.getActiveGraph(), ordered, in, null, execCxt);
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
