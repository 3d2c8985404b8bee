package org.msckg.server.limits;

import java.time.Duration;

/**
 * The bounds every request is held to. A query is stopped when it passes {@code queryTimeout};
 * request bodies and query strings longer than the caps are refused before anything reads them;
 * the pages and the JSON API return at most {@code maxRows} rows (/sparql returns all); at most
 * {@code maxConcurrentQueries} page and API requests and {@code maxConcurrentSparql} /sparql
 * requests run at once, and of each kind at most {@code maxWaiting} more wait their turn, each for
 * at most {@code slotWait}, before a 503; a query's expressions build at most {@code
 * maxStringChars} characters of long strings.
 */
public record Limits(
        Duration queryTimeout,
        long maxBodyBytes,
        int maxQueryStringChars,
        int maxRows,
        int maxConcurrentQueries,
        int maxConcurrentSparql,
        int maxWaiting,
        Duration slotWait,
        long maxStringChars) {

    /** Ad-hoc SPARQL queries can burn a core each until their timeout: two per core, at least four. */
    public static final int SPARQL_PER_CORE = 2;

    public static final Limits DEFAULTS = new Limits(
            Duration.ofSeconds(30),
            1024 * 1024,
            32 * 1024,
            1000,
            32,
            Math.max(4, SPARQL_PER_CORE * Runtime.getRuntime().availableProcessors()),
            64,
            Duration.ofSeconds(10),
            4_000_000);

    /** A refused client waits this long before trying again. */
    public static final int RETRY_AFTER_SECONDS = 2;

    public Limits {
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive, not " + queryTimeout);
        }
        if (slotWait.isNegative()) {
            throw new IllegalArgumentException("the wait for a query slot cannot be negative, not " + slotWait);
        }
        if (maxBodyBytes < 1
                || maxQueryStringChars < 1
                || maxRows < 1
                || maxConcurrentQueries < 1
                || maxConcurrentSparql < 1
                || maxStringChars < 1) {
            throw new IllegalArgumentException("every limit must be at least 1");
        }
        if (maxWaiting < 0) {
            throw new IllegalArgumentException("the requests waiting for a slot cannot be negative, not " + maxWaiting);
        }
    }

    public Limits withQueryTimeout(Duration timeout) {
        return new Limits(
                timeout,
                maxBodyBytes,
                maxQueryStringChars,
                maxRows,
                maxConcurrentQueries,
                maxConcurrentSparql,
                maxWaiting,
                slotWait,
                maxStringChars);
    }

    public Limits withMaxRows(int rows) {
        return new Limits(
                queryTimeout,
                maxBodyBytes,
                maxQueryStringChars,
                rows,
                maxConcurrentQueries,
                maxConcurrentSparql,
                maxWaiting,
                slotWait,
                maxStringChars);
    }

    public Limits withMaxConcurrentQueries(int queries) {
        return new Limits(
                queryTimeout,
                maxBodyBytes,
                maxQueryStringChars,
                maxRows,
                queries,
                maxConcurrentSparql,
                maxWaiting,
                slotWait,
                maxStringChars);
    }

    /** At most {@code requests} of each kind wait for a slot, each for at most {@code wait}. */
    public Limits withWaiting(int requests, Duration wait) {
        return new Limits(
                queryTimeout,
                maxBodyBytes,
                maxQueryStringChars,
                maxRows,
                maxConcurrentQueries,
                maxConcurrentSparql,
                requests,
                wait,
                maxStringChars);
    }

    public Limits withMaxBodyBytes(long bytes) {
        return new Limits(
                queryTimeout,
                bytes,
                maxQueryStringChars,
                maxRows,
                maxConcurrentQueries,
                maxConcurrentSparql,
                maxWaiting,
                slotWait,
                maxStringChars);
    }

    public Limits withMaxQueryStringChars(int chars) {
        return new Limits(
                queryTimeout,
                maxBodyBytes,
                chars,
                maxRows,
                maxConcurrentQueries,
                maxConcurrentSparql,
                maxWaiting,
                slotWait,
                maxStringChars);
    }

    public Limits withMaxStringChars(long chars) {
        return new Limits(
                queryTimeout,
                maxBodyBytes,
                maxQueryStringChars,
                maxRows,
                maxConcurrentQueries,
                maxConcurrentSparql,
                maxWaiting,
                slotWait,
                chars);
    }
}
