package org.msckg.server.limits;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * An expression of a running query, evaluated as written but held to the query's limits: its
 * evaluation checks the {@link QueryDeadline} first, and a string it builds is counted against the
 * {@link StringBudget}. Expressions that never read data (string functions over constants, BIND
 * chains) stop at the deadline this way.
 */
final class CheckedExpr extends ExprFunction1 {
    static final String NAME = "msckg:checked";

    private final StringBudget budget;

    CheckedExpr(Expr expr, StringBudget budget) {
        super(expr, NAME);
        this.budget = budget;
    }

    @Override
    protected NodeValue evalSpecial(Binding binding, FunctionEnv env) {
        QueryDeadline.check();
        NodeValue value = expr.eval(binding, env);
        if (value.isString() || value.isLangString()) {
            budget.spend(value.asNode().getLiteralLexicalForm().length());
        }
        return value;
    }

    @Override
    public NodeValue eval(NodeValue value) {
        return value;
    }

    @Override
    public Expr copy(Expr expr) {
        return new CheckedExpr(expr, budget);
    }
}
