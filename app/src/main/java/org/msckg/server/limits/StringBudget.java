package org.msckg.server.limits;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The characters one query may build in long strings. Strings shorter than {@link #COUNTED_FROM}
 * (labels, IRIs, the strings a query builds row by row) are free, so a query over many rows does
 * not run out; every longer string an expression builds is counted, and the query ends when the
 * total passes the budget. A string that doubles itself thirty times is stopped at a few megabytes
 * instead of filling the heap.
 */
final class StringBudget {
    static final int COUNTED_FROM = 4096;

    private final long budget;
    private final AtomicLong spent = new AtomicLong();

    StringBudget(long budget) {
        this.budget = budget;
    }

    /** Counts a string of {@code chars} characters that was built; throws when the query has passed its budget. */
    void spend(long chars) {
        check(chars);
        if (chars >= COUNTED_FROM && spent.addAndGet(chars) > budget) {
            throw exceeded();
        }
    }

    /**
     * Counts the growth of a string built piece by piece (GROUP_CONCAT's) from {@code from} to {@code
     * to} characters, before it grows: it is counted whole once it is long, then by what it gains.
     */
    void grow(long from, long to) {
        check(to);
        if (to >= COUNTED_FROM && spent.addAndGet(from >= COUNTED_FROM ? to - from : to) > budget) {
            throw exceeded();
        }
    }

    /** Throws when a string of {@code chars} characters, about to be built or growing, is over the budget by itself. */
    void check(long chars) {
        if (chars > budget) {
            throw exceeded();
        }
    }

    private QueryLimitException exceeded() {
        return QueryLimitException.raise(
                422,
                "MSCKG-LIM-009 the query builds strings of more than %,d characters, its memory budget (--max-string-chars)"
                        .formatted(budget));
    }
}
