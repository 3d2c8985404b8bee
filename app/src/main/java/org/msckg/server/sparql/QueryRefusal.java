package org.msckg.server.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.msckg.server.limits.QueryChecks;

/**
 * At /sparql after the limits (which keep a query body readable): an {@code update=} parameter
 * gets 403 read-only; a query with SERVICE gets 400 saying that federation is disabled, instead of
 * ARQ's "SERVICE execution disabled". A query that does not parse is left to Fuseki's own 400.
 */
public final class QueryRefusal implements Filter {
    static final String NO_FEDERATION = "MSCKG-SPQ-002 federation is disabled: this endpoint does not call other"
            + " SPARQL services, and the query asks SERVICE <%s>. Send that part to the other endpoint yourself";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getParameter("update") != null) {
            Refusal.send(request, response, HttpServletResponse.SC_FORBIDDEN, WriteRefusal.READ_ONLY);
            return;
        }
        Optional<String> service = QueryChecks.of(request).service();
        if (service.isPresent()) {
            Refusal.send(request, response, HttpServletResponse.SC_BAD_REQUEST, NO_FEDERATION.formatted(service.get()));
            return;
        }
        chain.doFilter(req, res);
    }
}
