package org.msckg.server.limits;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import org.apache.jena.query.QueryCancelledException;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds every request to the {@link Limits} before SPARQL or the web app sees it: refuses methods
 * that are not served (405), long or malformed query strings (414, 400), large or unsized bodies
 * (413, 411) and a Graph Store read of the whole dataset (400); reads a SPARQL request's body
 * before it takes a query slot, with a deadline (408), so a slow client holds no slot; bounds the
 * requests that run queries, /sparql and the pages and API each on their own, the next ones
 * waiting their turn in a bounded line ({@link Slots}; 503 with Retry-After past it); gives each a
 * {@link QueryDeadline}; refuses a SPARQL query nested too deeply to evaluate (400); and answers
 * Fuseki's failures and an exhausted heap with the documented JSON instead of the JVM's text.
 * Health, metrics, admin and static files are not bounded, so an operator (or a monitoring system)
 * can look in on a busy server.
 */
public final class RequestLimitFilter implements Filter {
    static final long DRAIN_LIMIT = 16L * 1024 * 1024;
    /** A request body must arrive within this time. */
    public static final Duration BODY_DEADLINE = Duration.ofSeconds(10);

    /** A request body arriving slower than this, or an answer read slower, ends the request (Jetty's minimum data rates). */
    public static final int MIN_DATA_RATE_BYTES_PER_SECOND = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(RequestLimitFilter.class);
    /** A read-only service; admin routes are GET and POST too. */
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "OPTIONS");

    private final Limits limits;
    private final Slots web;
    private final Slots sparql;
    private final Semaphore bodies;

    public RequestLimitFilter(Limits limits) {
        this.limits = limits;
        this.web = new Slots(limits.maxConcurrentQueries(), limits.maxWaiting(), limits.slotWait());
        this.sparql = new Slots(limits.maxConcurrentSparql(), limits.maxWaiting(), limits.slotWait());
        this.bodies = new Semaphore(bodyReaders(limits));
    }

    /** At most this many requests read their bodies at once; more wait for none and get a 503. */
    public static int bodyReaders(Limits limits) {
        return limits.maxConcurrentQueries();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        Optional<Refusal> refusal = refusal(request);
        if (refusal.isPresent()) {
            if (!discardBody(request)) {
                response.setHeader("Connection", "close");
            }
            if (refusal.get().status() == 405) {
                response.setHeader("Allow", String.join(", ", METHODS));
            }
            refuse(response, refusal.get().status(), refusal.get().message());
            return;
        }
        try {
            if (isUnbounded(request.getRequestURI())) {
                chain.doFilter(req, res);
            } else if (SparqlRequest.isSparql(request)) {
                runSparql(request, response, chain);
            } else {
                runBounded(web, request, response, chain);
            }
        } catch (OutOfMemoryError e) {
            LOG.error("out of memory answering {} {}", request.getMethod(), request.getRequestURI());
            if (!response.isCommitted()) {
                response.reset();
                refuse(response, 503, "MSCKG-SRV-002 the server ran out of memory for this request; try again later");
            }
        }
    }

    private record Refusal(int status, String message) {}

    private Optional<Refusal> refusal(HttpServletRequest request) {
        if (!METHODS.contains(request.getMethod())) {
            return Optional.of(new Refusal(
                    405,
                    "MSCKG-LIM-008 method %s is not served; msckg answers %s"
                            .formatted(request.getMethod(), String.join(", ", METHODS))));
        }
        String query = request.getQueryString();
        if (query != null && query.length() > limits.maxQueryStringChars()) {
            return Optional.of(new Refusal(
                    414,
                    "MSCKG-LIM-002 the query string has %,d characters; the limit is %,d. POST the query instead"
                            .formatted(query.length(), limits.maxQueryStringChars())));
        }
        if (query != null && !QueryStrings.isWellFormed(query)) {
            return Optional.of(
                    new Refusal(400, "MSCKG-LIM-007 the query string is not well-formed percent-encoded UTF-8"));
        }
        if (request.getContentLengthLong() > limits.maxBodyBytes()) {
            return Optional.of(new Refusal(
                    413,
                    "MSCKG-LIM-001 the request body has %,d bytes; the limit is %,d"
                            .formatted(request.getContentLengthLong(), limits.maxBodyBytes())));
        }
        if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
            return Optional.of(new Refusal(
                    411,
                    "MSCKG-LIM-003 a request body needs a Content-Length header (chunked bodies are not accepted)"));
        }
        if (isWholeDatasetRead(request)) {
            return Optional.of(new Refusal(
                    400,
                    "MSCKG-LIM-010 /sparql/get returns one graph: name it with ?graph=IRI (or ?default);"
                            + " query /sparql for more"));
        }
        return Optional.empty();
    }

    /** A Graph Store read without a graph returns every quad of the dataset. */
    private static boolean isWholeDatasetRead(HttpServletRequest request) {
        String path = request.getRequestURI();
        return (path.equals("/sparql/get") || path.equals("/sparql/get/"))
                && request.getParameter("graph") == null
                && request.getParameter("default") == null;
    }

    private void runSparql(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > 0) {
            if (!bodies.tryAcquire()) {
                busy(
                        response,
                        "MSCKG-LIM-011 %d clients are sending request bodies, the limit; try again in %d s"
                                .formatted(bodyReaders(limits), Limits.RETRY_AFTER_SECONDS));
                return;
            }
            try {
                request = SparqlRequest.of(request, BODY_DEADLINE);
            } catch (IOException | RuntimeException e) {
                if (isMalformedForm(e)) {
                    refuse(response, 400, "MSCKG-LIM-007 the form body is not well-formed percent-encoded UTF-8");
                } else {
                    LOG.debug("request body not read: {}", e.toString());
                    refuse(
                            response,
                            408,
                            "MSCKG-LIM-012 the request body did not arrive within %d s, or arrived slower than %d bytes/s"
                                    .formatted(BODY_DEADLINE.toSeconds(), MIN_DATA_RATE_BYTES_PER_SECOND));
                }
                return;
            } finally {
                bodies.release();
            }
        }
        runBounded(sparql, request, response, chain);
    }

    /**
     * Whether reading the body failed on its content rather than its pace: Jetty reports a trickle
     * below the minimum data rate and an idle timeout as 408, or as an I/O failure.
     */
    private static boolean isMalformedForm(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException h) {
                return h.getCode() != 408;
            }
            if (t instanceof IOException || t instanceof TimeoutException) {
                return false;
            }
        }
        return true;
    }

    private void runBounded(Slots slots, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Slots.Outcome outcome = slots.take();
        if (outcome != Slots.Outcome.TAKEN) {
            String running = "MSCKG-LIM-004 the server is running %d %s, its limit, and "
                    .formatted(slots.capacity(), slots == sparql ? "SPARQL queries" : "queries");
            String line = outcome == Slots.Outcome.LINE_FULL
                    ? "%d more are waiting".formatted(limits.maxWaiting())
                    : "this request waited %d s for one to end"
                            .formatted(limits.slotWait().toSeconds());
            busy(response, running + line + "; try again in %d s".formatted(Limits.RETRY_AFTER_SECONDS));
            return;
        }
        QueryLimitException.takeLast();
        try (QueryDeadline deadline = QueryDeadline.start(limits.queryTimeout())) {
            if (slots == sparql) {
                runQuery(request, response, chain);
            } else {
                chain.doFilter(request, response);
            }
        } finally {
            slots.give();
            QueryLimitException.takeLast();
        }
    }

    private void runQuery(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> problem;
        try {
            problem = queryProblem(request);
        } catch (QueryCancelledException e) {
            refuse(response, 503, timedOut());
            return;
        }
        if (problem.isPresent()) {
            refuse(response, 400, problem.get());
            return;
        }
        ErrorBodies answer = new ErrorBodies(response);
        chain.doFilter(request, answer);
        if (answer.failure() != 0 && !response.isCommitted()) {
            response.reset();
            Optional<QueryLimitException> limit = QueryLimitException.takeLast();
            if (limit.isPresent()) {
                refuse(response, limit.get().status(), limit.get().getMessage());
            } else if (answer.failure() == 503) {
                refuse(response, 503, timedOut());
            } else if (QueryDeadline.passed()) {
                // Cancelled at its deadline, the query failed again while ARQ closed it (a hash join
                // cancelled while building its table throws NullPointerException on close): a timeout.
                LOG.info("a query stopped at its deadline failed on close: {}", answer.capturedText());
                refuse(response, 503, timedOut());
            } else {
                String incident = UUID.randomUUID().toString().substring(0, 8);
                LOG.error(
                        "incident {}: {} {} failed with {}: {}",
                        incident,
                        request.getMethod(),
                        request.getRequestURI(),
                        answer.failure(),
                        answer.capturedText());
                refuse(response, 500, ErrorMessages.internalError(incident));
            }
        }
    }

    private String timedOut() {
        return "MSCKG-LIM-005 Query timed out: the query ran longer than its %d s limit and was stopped"
                .formatted(limits.queryTimeout().toSeconds());
    }

    private static Optional<String> queryProblem(HttpServletRequest request) {
        QueryChecks checks;
        try {
            checks = QueryChecks.of(request);
        } catch (QueryCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            return Optional.of("MSCKG-LIM-007 the form body is not well-formed percent-encoded UTF-8");
        }
        return checks.problem();
    }

    private static boolean isUnbounded(String path) {
        return path.equals("/health")
                || path.equals("/metrics")
                || path.equals("/admin")
                || path.startsWith("/admin/")
                || path.startsWith("/static/");
    }

    /** Reads and drops the body of a refused request where that lets the client read the refusal. */
    /**
     * Reads and drops the body of a refused request, up to {@link #DRAIN_LIMIT} bytes, so that a
     * client still writing it gets the refusal instead of a reset connection and the connection can
     * carry its next request; false when some of the body stays unread (the connection must close).
     */
    private static boolean discardBody(HttpServletRequest request) throws IOException {
        long length = request.getContentLengthLong();
        if (length > 0) {
            if (length > DRAIN_LIMIT) {
                return false;
            }
            request.getInputStream().skipNBytes(length);
            return true;
        }
        if (request.getHeader("Transfer-Encoding") == null) {
            return true;
        }
        var in = request.getInputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            read += n;
            if (read > DRAIN_LIMIT) {
                return false;
            }
        }
        return true;
    }

    private static void busy(HttpServletResponse response, String message) throws IOException {
        response.setHeader("Retry-After", String.valueOf(Limits.RETRY_AFTER_SECONDS));
        refuse(response, 503, message);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        if (status == 411 || status == 413 || status == 408) {
            // The body stays unread: the connection cannot carry another request, so clients must not reuse it.
            response.setHeader("Connection", "close");
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        byte[] body = ErrorMessages.json(status, message).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
