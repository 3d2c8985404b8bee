package org.msckg.server.limits;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.optimize.OptimizerStd;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransform;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprTransformer;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.util.Context;

/**
 * Holds the expressions of every query to its limits. Installed as ARQ's optimizer in a dataset's
 * context, it rewrites each query's algebra once, when the query is planned: REGEX, REPLACE and
 * CONCAT become {@link CheckedRegex}, {@link CheckedReplace} and {@link CheckedConcat} before ARQ's
 * standard optimizer runs (whose constant folding evaluates them), GROUP_CONCAT becomes {@link
 * CheckedGroupConcat}, and every function call of the optimized plan, aggregates' included, is
 * wrapped in a {@link CheckedExpr}. Each query gets its own {@link StringBudget}.
 */
public final class ExpressionGuard {
    private ExpressionGuard() {}

    /** Makes queries over a dataset with this context run guarded; {@code maxStringChars} is each query's budget. */
    public static void install(Context context, long maxStringChars) {
        RewriteFactory factory = cxt -> op -> guard(op, cxt, new StringBudget(maxStringChars));
        context.set(ARQConstants.sysOptimizerFactory, factory);
    }

    static Op guard(Op op, Context context, StringBudget budget) {
        Replace replace = new Replace(budget);
        Op checked = Transformer.transform(new Aggregates(replace, budget), replace, op);
        Op optimized = new OptimizerStd(context).rewrite(checked);
        Wrap wrap = new Wrap(budget);
        return Transformer.transform(new Rows(wrap), wrap, optimized);
    }

    /** Aggregates with their expressions transformed too, GROUP_CONCAT by {@link CheckedGroupConcat}. */
    private static class Aggregates extends TransformCopy {
        private final ExprTransform exprs;
        private final StringBudget budget;

        Aggregates(ExprTransform exprs, StringBudget budget) {
            this.exprs = exprs;
            this.budget = budget;
        }

        @Override
        public Op transform(OpGroup group, Op sub) {
            List<ExprAggregator> aggregators = new ArrayList<>();
            for (ExprAggregator a : group.getAggregators()) {
                ExprList args = a.getAggregator().getExprList();
                aggregators.add(
                        args == null
                                ? a
                                : new ExprAggregator(
                                        a.getVar(),
                                        CheckedGroupConcat.of(
                                                a.getAggregator().copy(ExprTransformer.transform(exprs, args)),
                                                budget)));
            }
            return OpGroup.create(sub, group.getGroupVars(), aggregators);
        }
    }

    /**
     * As {@link Aggregates}, and every VALUES table filtered through a check of the deadline: rows
     * that come from VALUES alone (a cross product of tables) read no data and may have no
     * expression to evaluate, and ARQ's own timeout does not stop their joins.
     */
    private static final class Rows extends Aggregates {
        private final Wrap wrap;

        Rows(Wrap wrap) {
            super(wrap, wrap.budget);
            this.wrap = wrap;
        }

        @Override
        public Op transform(OpTable table) {
            return OpFilter.filterDirect(new ExprList(new CheckedExpr(NodeValue.TRUE, wrap.budget)), table);
        }
    }

    /** REGEX, REPLACE and CONCAT by their checked equivalents. */
    private static final class Replace extends ExprTransformCopy {
        private final StringBudget budget;

        Replace(StringBudget budget) {
            this.budget = budget;
        }

        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) {
                return new CheckedRegex(args);
            }
            if (func instanceof E_StrReplace) {
                return new CheckedReplace(args, budget);
            }
            if (func instanceof E_StrConcat) {
                return new CheckedConcat(args, budget);
            }
            return super.transform(func, args);
        }
    }

    /** Every function call in a {@link CheckedExpr}. */
    private static final class Wrap extends ExprTransformCopy {
        private final StringBudget budget;

        Wrap(StringBudget budget) {
            this.budget = budget;
        }

        @Override
        public Expr transform(ExprFunction1 func, Expr arg) {
            Expr copy = super.transform(func, arg);
            return func instanceof CheckedExpr ? copy : new CheckedExpr(copy, budget);
        }

        @Override
        public Expr transform(ExprFunction2 func, Expr arg1, Expr arg2) {
            return new CheckedExpr(super.transform(func, arg1, arg2), budget);
        }

        @Override
        public Expr transform(ExprFunction3 func, Expr arg1, Expr arg2, Expr arg3) {
            return new CheckedExpr(super.transform(func, arg1, arg2, arg3), budget);
        }

        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            return new CheckedExpr(super.transform(func, args), budget);
        }
    }
}
