package org.msckg.web.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * In front of Fuseki at /sparql: a browser's GET (Accept text/html) gets the editor page, holding
 * the query of {@code ?query=} when there is one, so that a query's link opens it in the editor;
 * every other SPARQL request (and one asking for ?output= or ?format=) passes through to Fuseki.
 */
public final class SparqlEditorFilter implements Filter {
    private final SparqlEditorPage page;

    public SparqlEditorFilter(SparqlEditorPage page) {
        this.page = page;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (isBrowserVisit(request)) {
            Map<String, String> parameters = new LinkedHashMap<>();
            request.getParameterMap().forEach((k, v) -> parameters.put(k, v.length == 0 ? "" : v[0]));
            byte[] body = page.render(parameters).getBytes(StandardCharsets.UTF_8);
            HttpServletResponse response = (HttpServletResponse) res;
            response.setStatus(200);
            response.setContentType("text/html; charset=utf-8");
            response.setHeader("Vary", "Accept");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        chain.doFilter(req, res);
    }

    static boolean isBrowserVisit(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String path = request.getRequestURI();
        return "GET".equals(request.getMethod())
                && accept != null
                && accept.contains("text/html")
                && (path.equals("/sparql") || path.equals("/sparql/"))
                && request.getParameter("graph") == null
                && request.getParameter("output") == null
                && request.getParameter("format") == null;
    }
}
