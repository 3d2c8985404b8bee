package org.msckg.server.limits;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.sse.Tags;

/**
 * SPARQL REGEX as ARQ evaluates it by default ({@code java.util.regex}, XPath flags s, m, i, x
 * and q), with the subject read through {@link DeadlineChars} so that a pattern that backtracks
 * catastrophically stops at the query's deadline.
 */
final class CheckedRegex extends ExprFunctionN {
    private final Pattern constant;

    CheckedRegex(ExprList args) {
        super(Tags.tagRegex, args);
        this.constant = constantPattern("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
    }

    /** The compiled pattern when pattern and flags are constant strings, else null (compiled per row). */
    static Pattern constantPattern(String function, Expr pattern, Expr flags) {
        boolean constant = pattern.isConstant()
                && pattern.getConstant().isString()
                && (flags == null || (flags.isConstant() && flags.getConstant().isString()));
        return constant ? pattern(function, pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
    }

    static Pattern pattern(String function, NodeValue pattern, NodeValue flags) {
        String text = NodeValueOps.checkAndGetStringLiteral(function, pattern).getLiteralLexicalForm();
        String flagText = flags == null
                ? null
                : NodeValueOps.checkAndGetStringLiteral(function, flags).getLiteralLexicalForm();
        if (flagText != null && !flagText.matches("[smixq]*")) {
            throw new ExprEvalException(function + ": only 'smixq' are legal as pattern flags: " + flagText);
        }
        return RegexEngine.makePattern(function, text, flagText);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        Node subject = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern p = constant != null ? constant : pattern("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
        return NodeValue.booleanReturn(
                p.matcher(new DeadlineChars(subject.getLiteralLexicalForm())).find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CheckedRegex(newArgs);
    }
}
