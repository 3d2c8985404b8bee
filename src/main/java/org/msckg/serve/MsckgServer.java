package org.msckg.serve;

import io.javalin.Javalin;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.server.config.JettyWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/**
 * One Jetty server on one port: embedded Fuseki answers SPARQL at /sparql (read-only), the Javalin
 * front answers everything else (pages, JSON API, health).
 */
public final class MsckgServer implements AutoCloseable {
    /** Fuseki 5.6.0 gives each response a 5 MB buffer that Jetty never reuses (apache/jena#4084). */
    static final int OUTPUT_BUFFER_BYTES = 32 * 1024;
    public static final String SPARQL_PATH = "/sparql";

    private final FusekiServer fuseki;

    private MsckgServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    /** Builds and starts the server; port 0 picks a free port. */
    public static MsckgServer start(Optional<DataService> sparqlService, Javalin web, Filter sparqlFilter, String host, int port) {
        FusekiServer.Builder builder = FusekiServer.create()
                .port(port)
                .loopback(isLoopback(host))
                .addServlet("/*", (HttpServlet) web.javalinServlet())
                .enablePing(false)
                .enableStats(false);
        sparqlService.ifPresent(s -> builder.add(SPARQL_PATH, s).addFilter(SPARQL_PATH + "/*", sparqlFilter));
        FusekiServer fuseki = builder.build();
        shrinkOutputBuffers(fuseki.getJettyServer());
        // Javalin's servlet is a Jetty WebSocket servlet and needs the WebSocket components in place.
        JettyWebSocketServletContainerInitializer.configure(
                ServletContextHandler.getServletContextHandler(fuseki.getServletContext()), null);
        fuseki.start();
        return new MsckgServer(fuseki);
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    private static void shrinkOutputBuffers(Server jetty) {
        for (var connector : jetty.getConnectors()) {
            var http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
            }
        }
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public Server jetty() {
        return fuseki.getJettyServer();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
