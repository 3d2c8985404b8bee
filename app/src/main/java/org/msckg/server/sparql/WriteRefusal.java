package org.msckg.server.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * In front of everything, for /sparql and below: SPARQL Update and Graph Store writes get 403 "read-only",
 * decided from the request line and headers alone (the body is never read). A write is any PUT,
 * DELETE or PATCH, a POST anywhere but the query endpoints, and a POST there that is neither a
 * query body nor a form. A form's {@code update=} is refused by {@link QueryRefusal}, once the
 * limits have checked the body.
 */
public final class WriteRefusal implements Filter {
    static final String READ_ONLY = "MSCKG-SPQ-001 the SPARQL service is read-only: SPARQL Update and Graph Store"
            + " writes are refused. Query with GET, or POST application/sparql-query or a form with query=";

    private static final List<String> WRITE_METHODS = List.of("PUT", "DELETE", "PATCH");
    private static final List<String> QUERY_PATHS = List.of("/sparql", "/sparql/", "/sparql/query");
    private static final List<String> QUERY_BODIES =
            List.of("application/sparql-query", "application/x-www-form-urlencoded");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (isWrite(request)) {
            Refusal.send(request, (HttpServletResponse) res, HttpServletResponse.SC_FORBIDDEN, READ_ONLY);
            return;
        }
        chain.doFilter(req, res);
    }

    static boolean isWrite(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (!path.equals("/sparql") && !path.startsWith("/sparql/")) {
            return false;
        }
        String method = request.getMethod();
        if (WRITE_METHODS.contains(method)) {
            return true;
        }
        if (!method.equals("POST")) {
            return false;
        }
        return !QUERY_PATHS.contains(path) || !QUERY_BODIES.contains(mediaType(request));
    }

    private static String mediaType(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }
}
