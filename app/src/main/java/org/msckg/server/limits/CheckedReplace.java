package org.msckg.server.limits;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.sse.Tags;

/**
 * SPARQL REPLACE as ARQ evaluates it (one zero-length match at most, language and datatype of the
 * input kept), with the input read through {@link DeadlineChars} and the result held to the
 * {@link StringBudget} while it grows.
 */
final class CheckedReplace extends ExprFunctionN {
    private final Pattern constant;
    private final StringBudget budget;

    CheckedReplace(ExprList args, StringBudget budget) {
        super(Tags.tagReplace, args);
        this.budget = budget;
        this.constant = CheckedRegex.constantPattern("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        Node input = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String replacement =
                NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        Pattern p = constant != null
                ? constant
                : CheckedRegex.pattern("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
        String text = input.getLiteralLexicalForm();
        Matcher m = p.matcher(new DeadlineChars(text));
        StringBuilder result = null;
        try {
            while (m.find()) {
                if (result == null) {
                    result = new StringBuilder();
                } else if (m.start() == m.end()) {
                    continue;
                }
                m.appendReplacement(result, replacement);
                budget.check(result.length());
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: " + e.getMessage());
        }
        if (result == null) {
            return args.get(0);
        }
        m.appendTail(result);
        String replaced = result.toString();
        return replaced.equals(text)
                ? args.get(0)
                : NodeValue.makeNode(
                        NodeFactory.createLiteral(replaced, input.getLiteralLanguage(), input.getLiteralDatatype()));
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CheckedReplace(newArgs, budget);
    }
}
