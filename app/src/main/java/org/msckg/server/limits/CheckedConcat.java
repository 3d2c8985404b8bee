package org.msckg.server.limits;

import java.util.List;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.sse.Tags;

/**
 * SPARQL CONCAT as ARQ evaluates it, refused before the string is built when it would be longer than
 * the {@link StringBudget}: a CONCAT of many long arguments could otherwise fill the heap in one step.
 */
final class CheckedConcat extends ExprFunctionN {
    private final StringBudget budget;

    CheckedConcat(ExprList args, StringBudget budget) {
        super(Tags.tagConcat, args);
        this.budget = budget;
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        long chars = 0;
        for (NodeValue arg : args) {
            if (arg.isString() || arg.isLangString()) {
                chars += arg.asNode().getLiteralLexicalForm().length();
            }
        }
        budget.check(chars);
        return XSDFuncOp.strConcat(args);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CheckedConcat(newArgs, budget);
    }
}
