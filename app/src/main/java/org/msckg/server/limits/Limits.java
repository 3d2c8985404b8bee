package org.msckg.server.limits;

import java.time.Duration;

/**
 * The bounds every request is held to. A query is stopped when it passes {@code queryTimeout};
 * request bodies and query strings longer than the caps are refused before anything reads them;
 * the pages and the JSON API return at most {@code maxRows} rows (/sparql returns all); at most
 * {@code maxConcurrentQueries} requests run queries at once, the next gets a 503.
 */
public record Limits(
        Duration queryTimeout, long maxBodyBytes, int maxQueryStringChars, int maxRows, int maxConcurrentQueries) {

    public static final Limits DEFAULTS = new Limits(Duration.ofSeconds(30), 1024 * 1024, 32 * 1024, 1000, 32);

    /** A refused client waits this long before trying again. */
    public static final int RETRY_AFTER_SECONDS = 2;

    public Limits {
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive, not " + queryTimeout);
        }
        if (maxBodyBytes < 1 || maxQueryStringChars < 1 || maxRows < 1 || maxConcurrentQueries < 1) {
            throw new IllegalArgumentException("every limit must be at least 1");
        }
    }

    public Limits withQueryTimeout(Duration timeout) {
        return new Limits(timeout, maxBodyBytes, maxQueryStringChars, maxRows, maxConcurrentQueries);
    }

    public Limits withMaxRows(int rows) {
        return new Limits(queryTimeout, maxBodyBytes, maxQueryStringChars, rows, maxConcurrentQueries);
    }

    public Limits withMaxConcurrentQueries(int queries) {
        return new Limits(queryTimeout, maxBodyBytes, maxQueryStringChars, maxRows, queries);
    }

    public Limits withMaxBodyBytes(long bytes) {
        return new Limits(queryTimeout, bytes, maxQueryStringChars, maxRows, maxConcurrentQueries);
    }

    public Limits withMaxQueryStringChars(int chars) {
        return new Limits(queryTimeout, maxBodyBytes, chars, maxRows, maxConcurrentQueries);
    }
}
