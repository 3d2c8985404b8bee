package org.msckg.server.limits;

import java.time.Duration;
import org.apache.jena.query.QueryCancelledException;

/**
 * The time by which the query running on the current thread must end. ARQ's own timeout does not
 * stop every query (apache/jena#3044, #3535: TDB2 joins and aggregates run on), so every read of
 * the data checks this deadline and cancels the query once it has passed. A request thread runs
 * its query and writes its results, so a thread-local deadline covers the whole request.
 */
public final class QueryDeadline implements AutoCloseable {
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private final Long previous;

    private QueryDeadline(Long previous) {
        this.previous = previous;
    }

    /** Sets the deadline of this thread to now + timeout, or keeps an earlier one; close restores it. */
    public static QueryDeadline start(Duration timeout) {
        Long previous = DEADLINE.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        DEADLINE.set(previous != null && previous - deadline < 0 ? previous : deadline);
        return new QueryDeadline(previous);
    }

    /** Throws QueryCancelledException when this thread has a deadline and it has passed. */
    public static void check() {
        if (passed()) {
            throw new QueryCancelledException();
        }
    }

    /** Whether this thread has a deadline and it has passed. */
    public static boolean passed() {
        Long deadline = DEADLINE.get();
        return deadline != null && System.nanoTime() - deadline > 0;
    }

    @Override
    public void close() {
        if (previous == null) {
            DEADLINE.remove();
        } else {
            DEADLINE.set(previous);
        }
    }
}
