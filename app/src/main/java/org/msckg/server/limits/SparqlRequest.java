package org.msckg.server.limits;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A request to the SPARQL endpoint with its query readable before Fuseki reads it: from
 * {@code ?query=}, a form field or an {@code application/sparql-query} body, which is kept so that
 * Fuseki reads the same bytes after the limit filter.
 */
public final class SparqlRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    private SparqlRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    static boolean isSparql(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals("/sparql") || path.startsWith("/sparql/");
    }

    /** The request, its body read into memory when it is a query (the size limit has been checked). */
    static HttpServletRequest of(HttpServletRequest request) throws IOException {
        if (isQueryBody(request)) {
            return new SparqlRequest(request, request.getInputStream().readAllBytes());
        }
        return request;
    }

    public static Optional<String> queryText(HttpServletRequest request) {
        if (request instanceof SparqlRequest r) {
            return Optional.of(new String(r.body, StandardCharsets.UTF_8));
        }
        return Optional.ofNullable(request.getParameter("query"));
    }

    private static boolean isQueryBody(HttpServletRequest request) {
        String type = request.getContentType();
        return request.getMethod().equals("POST")
                && type != null
                && type.toLowerCase().startsWith("application/sparql-query");
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the query body is already read");
            }

            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }
}
