package org.msckg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Cross-origin access to the read-only routes (/sparql, /api/*, the dataset description), so that a
 * SPARQL editor or a notebook on another site can query them: any origin, GET, POST and HEAD, no
 * credentials; a preflight is answered here. Admin routes, metrics and pages stay same-origin. The
 * CORS work itself is Fuseki's filter, the one {@code FusekiServer.Builder.enableCors} installs.
 */
public final class ReadOnlyCors implements Filter {
    static final Map<String, String> SETTINGS = Map.of(
            CrossOriginFilter.ALLOWED_ORIGINS_PARAM, "*",
            CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
            CrossOriginFilter.ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin,If-None-Match",
            CrossOriginFilter.EXPOSED_HEADERS_PARAM, "ETag,Retry-After,Content-Length,Content-Type",
            CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
            CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");

    private final CrossOriginFilter cors = new CrossOriginFilter();

    @Override
    public void init(FilterConfig config) throws ServletException {
        cors.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return "cors";
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return SETTINGS.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(SETTINGS.keySet());
            }
        });
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (isReadOnlyRoute(((HttpServletRequest) req).getRequestURI())) {
            cors.doFilter(req, res, chain);
        } else {
            chain.doFilter(req, res);
        }
    }

    static boolean isReadOnlyRoute(String path) {
        return path.equals(MsckgServer.SPARQL_PATH)
                || path.startsWith(MsckgServer.SPARQL_PATH + "/")
                || path.startsWith("/api/")
                || path.equals("/.well-known/void");
    }

    @Override
    public void destroy() {
        cors.destroy();
    }
}
