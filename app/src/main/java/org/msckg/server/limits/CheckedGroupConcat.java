package org.msckg.server.limits;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL GROUP_CONCAT as ARQ evaluates it, its string counted against the {@link StringBudget}
 * before each piece is added: a GROUP_CONCAT over many rows of short strings builds one long
 * string, which no expression of the query ever sees while it grows. The aggregators are ARQ's own
 * (so they print, compare and copy as ARQ's do); only their accumulators differ.
 */
final class CheckedGroupConcat {
    private CheckedGroupConcat() {}

    /** The GROUP_CONCAT aggregator held to the budget; any other aggregator as it is. */
    static Aggregator of(Aggregator aggregator, StringBudget budget) {
        if (aggregator instanceof All || aggregator instanceof Distinct) {
            return aggregator;
        }
        if (aggregator instanceof AggGroupConcat a) {
            return new All(a.getExprList().get(0), a.getSeparator(), budget);
        }
        if (aggregator instanceof AggGroupConcatDistinct a) {
            return new Distinct(a.getExprList().get(0), a.getSeparator(), budget);
        }
        return aggregator;
    }

    /** ARQ's separator when the query gives none. */
    private static String effective(String separator) {
        return separator == null ? " " : separator;
    }

    private static final class All extends AggGroupConcat {
        private final StringBudget budget;

        All(Expr expr, String separator, StringBudget budget) {
            super(expr, separator);
            this.budget = budget;
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new All(exprs.get(0), getSeparator(), budget);
        }

        @Override
        public Accumulator createAccumulator() {
            return new Concatenation(getExprList().get(0), false, effective(getSeparator()), budget);
        }
    }

    private static final class Distinct extends AggGroupConcatDistinct {
        private final StringBudget budget;

        Distinct(Expr expr, String separator, StringBudget budget) {
            super(expr, separator);
            this.budget = budget;
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Distinct(exprs.get(0), getSeparator(), budget);
        }

        @Override
        public Accumulator createAccumulator() {
            return new Concatenation(getExprList().get(0), true, effective(getSeparator()), budget);
        }
    }

    /** One group's string, grown only after the budget has allowed it. */
    private static final class Concatenation extends AccumulatorExpr {
        private final StringBuilder sofar = new StringBuilder();
        private final String separator;
        private final StringBudget budget;
        private boolean first = true;

        Concatenation(Expr expr, boolean distinct, String separator, StringBudget budget) {
            super(expr, distinct);
            this.separator = separator;
            this.budget = budget;
        }

        @Override
        protected void accumulate(NodeValue value, Binding binding, FunctionEnv env) {
            String piece = value.asString();
            String before = first ? "" : separator;
            budget.grow(sofar.length(), (long) sofar.length() + before.length() + piece.length());
            sofar.append(before).append(piece);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {}

        @Override
        protected NodeValue getAccValue() {
            return NodeValue.makeString(sofar.toString());
        }
    }
}
