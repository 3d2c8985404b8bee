package org.msckg.web.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.msckg.query.status.GraphStatus;
import org.msckg.web.pages.RdfAnswer;

/**
 * In front of Fuseki at /sparql: a GET with no query (and not a browser's, which gets the editor)
 * answers the SPARQL 1.1 Service Description, in Turtle, JSON-LD, RDF/XML or N-Triples by Accept.
 */
public final class ServiceDescriptionFilter implements Filter {
    private static final List<String> ENDPOINTS = List.of("/sparql", "/sparql/", "/sparql/query");

    private final Supplier<GraphStatus.Status> status;

    public ServiceDescriptionFilter(Supplier<GraphStatus.Status> status) {
        this.status = status;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (isDescriptionRequest(request)) {
            String endpoint = request.getRequestURL().toString();
            RdfAnswer.write(
                    request,
                    (HttpServletResponse) res,
                    ServiceDescription.describe(endpoint, RdfAnswer.base(request), status.get()));
            return;
        }
        chain.doFilter(req, res);
    }

    static boolean isDescriptionRequest(HttpServletRequest request) {
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && ENDPOINTS.contains(request.getRequestURI())
                && request.getQueryString() == null;
    }
}
