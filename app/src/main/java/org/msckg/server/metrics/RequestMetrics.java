package org.msckg.server.metrics;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * In front of every other filter: times each request and counts its answer. The route is the
 * template the web app matched (set as a request attribute, so /entity/CL:0000134 counts as
 * /entity/{curie}), /sparql for the SPARQL service, and "unmatched" otherwise, so that the labels
 * stay few whatever paths clients ask for.
 */
public final class RequestMetrics implements Filter {
    /** The request attribute the web app sets to the route template it matched. */
    public static final String ROUTE = "msckg.route";

    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE", "PATCH");

    private final ServerMetrics metrics;

    public RequestMetrics(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long start = System.nanoTime();
        try {
            chain.doFilter(req, res);
        } finally {
            metrics.record(
                    route(request),
                    METHODS.contains(request.getMethod()) ? request.getMethod() : "other",
                    response.getStatus(),
                    response.getHeader("Retry-After") != null,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    static String route(HttpServletRequest request) {
        Object matched = request.getAttribute(ROUTE);
        if (matched != null) {
            return matched.toString();
        }
        String path = request.getRequestURI();
        return path.equals("/sparql") || path.startsWith("/sparql/") ? "/sparql" : "unmatched";
    }
}
