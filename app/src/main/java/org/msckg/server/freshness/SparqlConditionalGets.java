package org.msckg.server.freshness;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ETag and 304 for SPARQL GETs at /sparql: the same query over the same build gives the same
 * answer, so a client that holds the current tag is told 304 without the query being run. The
 * answer depends on Accept too, hence Vary. A query that calls RAND, NOW, UUID, STRUUID or BNODE
 * answers differently each time and gets no tag.
 */
public final class SparqlConditionalGets implements Filter {
    /** The SPARQL functions whose value changes from one evaluation to the next. */
    private static final Pattern VOLATILE =
            Pattern.compile("\\b(RAND|NOW|UUID|STRUUID|BNODE)\\s*\\(", Pattern.CASE_INSENSITIVE);

    private final DatasetVersion version;

    public SparqlConditionalGets(DatasetVersion version) {
        this.version = version;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String query = request.getParameter("query");
        Optional<String> tag = request.getMethod().equals("GET") && query != null && !isVolatile(query)
                ? version.etag()
                : Optional.empty();
        if (tag.isPresent()) {
            response.setHeader("ETag", tag.get());
            response.addHeader("Vary", "Accept");
            if (DatasetVersion.matches(request.getHeader("If-None-Match"), tag.get())) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        chain.doFilter(req, res);
    }

    static boolean isVolatile(String query) {
        return VOLATILE.matcher(query).find();
    }
}
