package org.msckg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A running SPARQL server under test: its name, its query endpoint and its process. */
public record Engine(String name, String version, URI queryEndpoint, ServerProcess process) implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int GET_LIMIT = 2048;

    /**
     * A query by the SPARQL protocol, JSON results asked for: a GET when it is short, else an HTML form
     * POST (the mechanism queries are longer than the 8 KiB request line Jetty, Oxigraph and
     * Virtuoso take in a GET).
     */
    public HttpRequest request(String sparql) {
        String encoded = "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
        HttpRequest.Builder b = encoded.length() <= GET_LIMIT
                ? HttpRequest.newBuilder(URI.create(queryEndpoint + "?" + encoded))
                : HttpRequest.newBuilder(queryEndpoint)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded));
        return b.header("Accept", "application/sparql-results+json")
                .timeout(TIMEOUT)
                .build();
    }

    @Override
    public void close() {
        process.close();
    }
}
