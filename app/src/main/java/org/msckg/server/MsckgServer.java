package org.msckg.server;

import io.javalin.Javalin;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.server.config.JettyWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.msckg.server.limits.GuardedDataset;
import org.msckg.server.limits.GuardedTdb2;
import org.msckg.server.limits.JsonErrorHandler;
import org.msckg.server.limits.Limits;
import org.msckg.server.limits.RequestLimitFilter;
import org.msckg.server.limits.SecurityHeaders;
import org.msckg.server.sparql.CheckedQueryDataset;
import org.msckg.server.sparql.JsonResultsWriter;
import org.msckg.server.sparql.UnionDefaultGraph;

/**
 * One Jetty server on one port: embedded Fuseki answers SPARQL at /sparql (read-only), the Javalin
 * front answers everything else (pages, JSON API, health). Every request passes the limits first.
 */
public final class MsckgServer implements AutoCloseable {
    /** Fuseki 5.6.0 gives each response a 5 MB buffer that Jetty never reuses (apache/jena#4084). */
    static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

    public static final String SPARQL_PATH = "/sparql";

    /** A connection with nothing to read or write for this long is closed. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);

    /** Threads beyond the bounded requests, for health, admin, static files and refusals. */
    static final int RESERVED_THREADS = 64;

    /**
     * Jetty pads its queues by the references a cache line holds, and unless this property says it,
     * asks the JVM whether references are compressed through the platform MBean server, whose start
     * took 0.1-0.2 s of each server start (docs/benchmarks.md). 16: a 64-byte line of 4-byte
     * (compressed) references, as every heap under 32 GB has; on a larger heap the padding is wider
     * than it needs to be, nothing else.
     */
    static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    private final FusekiServer fuseki;

    private MsckgServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    /** The embedded SPARQL service: the served dataset (which a rebuild may switch) and its configuration. */
    public record LocalSparql(ServedDataset served, ServiceConfig config) {}

    /**
     * Builds and starts the server; port 0 picks a free port.
     *
     * @param sparql the embedded SPARQL service; without it (remote store mode) /sparql is the store's own
     * @param frontFilters run first, in this order, for every request (before the limits)
     * @param sparqlFilters run in front of Fuseki for requests to /sparql
     */
    public static MsckgServer start(
            Optional<LocalSparql> sparql,
            Javalin web,
            List<Filter> frontFilters,
            List<Filter> sparqlFilters,
            Limits limits,
            String host,
            int port) {
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(REFERENCES_PER_CACHE_LINE, "16");
        }
        FusekiServer.Builder builder = FusekiServer.create()
                .port(port)
                .loopback(isLoopback(host))
                .numServerThreads(8, maxThreads(limits))
                .addFilter("/*", new SecurityHeaders());
        frontFilters.forEach(f -> builder.addFilter("/*", f));
        builder.addFilter("/*", new RequestLimitFilter(limits))
                .addServlet("/*", (HttpServlet) web.javalinServlet())
                .enablePing(false)
                .enableStats(false);
        sparql.ifPresent(s -> {
            JsonResultsWriter.register();
            builder.registerOperation(Operation.Query, new CheckedQueryDataset());
            builder.add(SPARQL_PATH, sparqlService(s.config(), s.served().get(), limits));
            sparqlFilters.forEach(f -> builder.addFilter(SPARQL_PATH + "/*", f));
        });
        FusekiServer fuseki = builder.build();
        configureJetty(fuseki, limits);
        // Javalin's servlet is a Jetty WebSocket servlet and needs the WebSocket components in place.
        JettyWebSocketServletContainerInitializer.configure(
                ServletContextHandler.getServletContextHandler(fuseki.getServletContext()), null);
        sparql.ifPresent(s -> s.served().onSwitch(next -> {
            DataService service = sparqlService(s.config(), next, limits);
            service.setEndpointProcessors(fuseki.getOperationRegistry());
            service.goActive();
            fuseki.getDataAccessPointRegistry().put(SPARQL_PATH, new DataAccessPoint(SPARQL_PATH, service));
        }));
        fuseki.start();
        return new MsckgServer(fuseki);
    }

    private static DataService sparqlService(ServiceConfig config, DatasetGraph dataset, Limits limits) {
        return config.service(
                TDBInternal.isTDB2(dataset)
                        ? new GuardedTdb2(dataset, limits, true)
                        : new GuardedDataset(new UnionDefaultGraph(dataset), limits));
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    /**
     * Enough threads for every request the limits let run or read a body at once, and the reserve
     * on top: slow clients and runaway queries are refused by the limit filter before they can
     * take the threads that /health needs.
     */
    static int maxThreads(Limits limits) {
        return limits.maxConcurrentQueries()
                + limits.maxConcurrentSparql()
                + 2 * limits.maxWaiting()
                + RequestLimitFilter.bodyReaders(limits)
                + RESERVED_THREADS;
    }

    /**
     * Small output buffers; request lines and forms big enough that the limit filter, not Jetty,
     * answers an oversized request with its own message; idle connections closed and trickling
     * clients cut off; what Jetty refuses before any filter runs answered as JSON.
     */
    private static void configureJetty(FusekiServer fuseki, Limits limits) {
        fuseki.getJettyServer().setErrorHandler(new JsonErrorHandler());
        for (var connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof AbstractConnector c) {
                c.setIdleTimeout(IDLE_TIMEOUT.toMillis());
            }
            var http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                HttpConfiguration config = http.getHttpConfiguration();
                config.setOutputBufferSize(OUTPUT_BUFFER_BYTES);
                config.setRequestHeaderSize(Math.max(16 * 1024, 2 * limits.maxQueryStringChars() + 8 * 1024));
                config.setMinRequestDataRate(RequestLimitFilter.MIN_DATA_RATE_BYTES_PER_SECOND);
                config.setMinResponseDataRate(RequestLimitFilter.MIN_DATA_RATE_BYTES_PER_SECOND);
            }
        }
        ServletContextHandler handler = ServletContextHandler.getServletContextHandler(fuseki.getServletContext());
        handler.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, limits.maxBodyBytes()));
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
