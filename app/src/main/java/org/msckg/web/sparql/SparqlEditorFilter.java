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

/**
 * In front of Fuseki at /sparql: a browser's plain GET (Accept text/html, no query) gets the editor
 * page; every SPARQL request passes through to Fuseki untouched.
 */
public final class SparqlEditorFilter implements Filter {
    private final byte[] page;

    public SparqlEditorFilter(String page) {
        this.page = page.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (isBrowserVisit(request)) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setStatus(200);
            response.setContentType("text/html; charset=utf-8");
            response.setHeader("Vary", "Accept");
            response.setContentLength(page.length);
            response.getOutputStream().write(page);
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
                && request.getParameter("query") == null
                && request.getParameter("graph") == null;
    }
}
