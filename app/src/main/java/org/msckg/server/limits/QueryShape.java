package org.msckg.server.limits;

import java.util.Optional;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.algebra.Op;

/**
 * Refuses queries whose nesting would overflow the stack of the thread evaluating them: ARQ parses
 * and compiles recursively, so a few thousand nested groups or chained operators end in a
 * StackOverflowError, which Fuseki answers with an empty 500. A query whose constant expressions run
 * past the deadline while it is optimized here ends with {@link org.apache.jena.query.QueryCancelledException}.
 */
final class QueryShape {
    static final int MAX_NESTING = 64;
    static final String TOO_DEEP =
            "MSCKG-LIM-006 the query is too deeply nested or chains too many operators to be evaluated";

    private QueryShape() {}

    /** Why the text nests too deeply to be parsed, checked before parsing it. */
    static Optional<String> nestingProblem(String text) {
        int depth = nesting(text);
        if (depth > MAX_NESTING) {
            return Optional.of("MSCKG-LIM-006 the query nests %d levels of brackets deep; the limit is %d"
                    .formatted(depth, MAX_NESTING));
        }
        return Optional.empty();
    }

    /** Why the compiled query cannot be optimized as it will be when it runs (constant folding evaluates expressions). */
    static Optional<String> evaluationProblem(Op op) {
        try {
            ExpressionGuard.guard(op, ARQ.getContext(), new StringBudget(Long.MAX_VALUE));
            return Optional.empty();
        } catch (StackOverflowError e) {
            return Optional.of(TOO_DEEP);
        }
    }

    /** The deepest nesting of (), {} and [] outside strings and comments. */
    static int nesting(String text) {
        int depth = 0;
        int max = 0;
        char quote = 0;
        boolean comment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (comment) {
                comment = c != '\n' && c != '\r';
            } else if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                comment = true;
            } else if (c == '(' || c == '{' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == ')' || c == '}' || c == ']') {
                depth = Math.max(0, depth - 1);
            }
        }
        return max;
    }
}
