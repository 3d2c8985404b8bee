package org.msckg.server.limits;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

    /**
     * The request with its body read: into memory when it is a query (the size limit has been
     * checked), into the parameters when it is a form. A client that sends its body too slowly gets
     * {@link BodyTooSlowException}: Jetty's minimum data rate ends a trickle and its idle timeout a
     * stall; this deadline bounds the whole body.
     */
    static HttpServletRequest of(HttpServletRequest request, Duration deadline) throws IOException {
        if (isQueryBody(request)) {
            return new SparqlRequest(request, readBody(request, System.nanoTime() + deadline.toNanos()));
        }
        if (request.getContentLengthLong() > 0) {
            request.getParameterMap();
        }
        return request;
    }

    private static byte[] readBody(HttpServletRequest request, long deadline) throws IOException {
        var in = request.getInputStream();
        var body = new ByteArrayOutputStream((int) Math.max(0, Math.min(request.getContentLengthLong(), 64 * 1024)));
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            body.write(buffer, 0, n);
            if (System.nanoTime() - deadline > 0) {
                throw new BodyTooSlowException();
            }
        }
        return body.toByteArray();
    }

    /** The body did not arrive within its deadline. */
    static final class BodyTooSlowException extends IOException {
        BodyTooSlowException() {
            super("the request body did not arrive in time", null);
        }
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
