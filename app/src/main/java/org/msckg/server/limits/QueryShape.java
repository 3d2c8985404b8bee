package org.msckg.server.limits;

import java.util.Optional;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;

/**
 * Refuses queries whose nesting would overflow the stack of the thread evaluating them: ARQ parses
 * and compiles recursively, so a few thousand nested groups or chained operators end in a
 * StackOverflowError, which Fuseki answers with an empty 500. Queries that do not parse are left to
 * Fuseki, whose 400 names the line and column. A query whose constant expressions run past the
 * deadline while it is optimized here ends with {@link org.apache.jena.query.QueryCancelledException}.
 */
final class QueryShape {
    static final int MAX_NESTING = 64;

    private QueryShape() {}

    /** Why the query cannot be run, or empty when it can (or is for Fuseki to reject). */
    static Optional<String> problem(String text) {
        int depth = nesting(text);
        if (depth > MAX_NESTING) {
            return Optional.of("MSCKG-LIM-006 the query nests %d levels of brackets deep; the limit is %d"
                    .formatted(depth, MAX_NESTING));
        }
        try {
            Query query = QueryFactory.create(text, Syntax.syntaxARQ);
            // Optimized as the query will be, guarded: constant folding evaluates expressions.
            ExpressionGuard.guard(Algebra.compile(query), ARQ.getContext(), new StringBudget(Long.MAX_VALUE));
            return Optional.empty();
        } catch (QueryCancelledException e) {
            throw e;
        } catch (QueryException e) {
            return Optional.empty();
        } catch (StackOverflowError e) {
            return Optional.of(
                    "MSCKG-LIM-006 the query is too deeply nested or chains too many operators to be evaluated");
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
