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

/**
 * ETag and 304 for SPARQL GETs at /sparql: the same query over the same build gives the same
 * answer, so a client that holds the current tag is told 304 without the query being run. The
 * answer depends on Accept too, hence Vary.
 */
public final class SparqlConditionalGets implements Filter {
    private final DatasetVersion version;

    public SparqlConditionalGets(DatasetVersion version) {
        this.version = version;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        Optional<String> tag = request.getMethod().equals("GET") && request.getParameter("query") != null
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
}
