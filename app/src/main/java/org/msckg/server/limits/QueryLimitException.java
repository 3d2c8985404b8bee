package org.msckg.server.limits;

import java.util.Optional;

/**
 * A query went past a limit other than its time, such as the string budget; the message starts
 * with the limit's ID and names the option that sets it. The engine running the query may wrap or
 * replace the exception (Fuseki answers any failure with a plain-text 500), so the last one raised
 * on a thread is kept for the limit filter, which answers it as the documented JSON error.
 */
public final class QueryLimitException extends RuntimeException {
    private static final ThreadLocal<QueryLimitException> LAST = new ThreadLocal<>();

    private final int status;

    private QueryLimitException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** The exception to throw, kept as the last one raised on this thread. */
    static QueryLimitException raise(int status, String message) {
        QueryLimitException e = new QueryLimitException(status, message);
        LAST.set(e);
        return e;
    }

    /** The last exception raised on this thread since the last call, if any. */
    static Optional<QueryLimitException> takeLast() {
        Optional<QueryLimitException> last = Optional.ofNullable(LAST.get());
        LAST.remove();
        return last;
    }

    /** This exception, or the first in the causes of {@code e}. */
    public static Optional<QueryLimitException> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof QueryLimitException q) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    public int status() {
        return status;
    }
}
