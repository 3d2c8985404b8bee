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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Holds every request to the {@link Limits} before SPARQL or the web app sees it: refuses methods
 * that are not served (405), long or malformed query strings (414, 400) and large or unsized
 * bodies (413, 411), bounds the requests that run queries (503 with Retry-After), gives each of
 * them a {@link QueryDeadline} and refuses a SPARQL query nested too deeply to evaluate (400).
 * Health and admin requests are not bounded, so an operator can look in on a busy server.
 */
public final class RequestLimitFilter implements Filter {
    static final long DRAIN_LIMIT = 16L * 1024 * 1024;
    /** A read-only service; admin routes are GET and POST too. */
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "OPTIONS");

    private final Limits limits;
    private final Semaphore running;

    public RequestLimitFilter(Limits limits) {
        this.limits = limits;
        this.running = new Semaphore(limits.maxConcurrentQueries());
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", METHODS));
            refuse(
                    response,
                    405,
                    "MSCKG-LIM-008 method %s is not served; msckg answers %s"
                            .formatted(request.getMethod(), String.join(", ", METHODS)));
            return;
        }
        String query = request.getQueryString();
        if (query != null && query.length() > limits.maxQueryStringChars()) {
            refuse(
                    response,
                    414,
                    "MSCKG-LIM-002 the query string has %,d characters; the limit is %,d. POST the query instead"
                            .formatted(query.length(), limits.maxQueryStringChars()));
            return;
        }
        if (query != null && !QueryStrings.isWellFormed(query)) {
            refuse(response, 400, "MSCKG-LIM-007 the query string is not well-formed percent-encoded UTF-8");
            return;
        }
        if (request.getContentLengthLong() > limits.maxBodyBytes()) {
            discardModestBody(request);
            refuse(
                    response,
                    413,
                    "MSCKG-LIM-001 the request body has %,d bytes; the limit is %,d"
                            .formatted(request.getContentLengthLong(), limits.maxBodyBytes()));
            return;
        }
        if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
            discardChunkedBody(request);
            refuse(
                    response,
                    411,
                    "MSCKG-LIM-003 a request body needs a Content-Length header (chunked bodies are not accepted)");
            return;
        }
        if (isUnbounded(request.getRequestURI())) {
            chain.doFilter(req, res);
            return;
        }
        if (!running.tryAcquire()) {
            response.setHeader("Retry-After", String.valueOf(Limits.RETRY_AFTER_SECONDS));
            refuse(
                    response,
                    503,
                    "MSCKG-LIM-004 the server is running %d queries, its limit; try again in %d s"
                            .formatted(limits.maxConcurrentQueries(), Limits.RETRY_AFTER_SECONDS));
            return;
        }
        try (QueryDeadline deadline = QueryDeadline.start(limits.queryTimeout())) {
            runQuery(request, response, chain);
        } finally {
            running.release();
        }
    }

    private static void runQuery(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SparqlRequest.isSparql(request)) {
            request = SparqlRequest.of(request);
            Optional<String> problem = queryProblem(request);
            if (problem.isPresent()) {
                refuse(response, 400, problem.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> queryProblem(HttpServletRequest request) {
        Optional<String> text;
        try {
            text = SparqlRequest.queryText(request);
        } catch (RuntimeException e) {
            return Optional.of("MSCKG-LIM-007 the form body is not well-formed percent-encoded UTF-8");
        }
        return text.flatMap(QueryShape::problem);
    }

    private static boolean isUnbounded(String path) {
        return path.equals("/health") || path.equals("/admin") || path.startsWith("/admin/");
    }

    /**
     * Reads and drops an oversized body of up to {@link #DRAIN_LIMIT} bytes, so that a client still
     * writing it gets the 413 instead of a reset connection; a larger one is not read (the connection closes).
     */
    private static void discardModestBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() <= DRAIN_LIMIT) {
            request.getInputStream().skipNBytes(request.getContentLengthLong());
        }
    }

    /** As {@link #discardModestBody}, for a body of unknown length: reads at most {@link #DRAIN_LIMIT} bytes of it. */
    private static void discardChunkedBody(HttpServletRequest request) throws IOException {
        var in = request.getInputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        for (int n; read <= DRAIN_LIMIT && (n = in.read(buffer)) >= 0; ) {
            read += n;
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        if (status == 411 || status == 413) {
            // The body stays unread: the connection cannot carry another request, so clients must not reuse it.
            response.setHeader("Connection", "close");
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        byte[] body = "{\"error\":\"%s\",\"status\":%d}"
                .formatted(message.replace("\\", "\\\\").replace("\"", "\\\""), status)
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
